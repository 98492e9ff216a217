package cellpy.nodes.cell;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.runtime.Cell;
import cellpy.runtime.PyErrors;

/**
 * LOAD_DEREF: slot read plus one field read. An empty cell raises UnboundLocalError for the
 * scope's own cell variables and NameError ("free variable") for free ones, as CPython 3.11 does.
 */
public final class ReadCellNode extends ExprNode {
    private final int slot;
    private final String name;
    private final boolean free;

    public ReadCellNode(int slot, String name, boolean free) {
        this.slot = slot;
        this.name = name;
        this.free = free;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = ((Cell) frame.getObject(slot)).ref;
        if (v == null) {
            CompilerDirectives.transferToInterpreter();
            throw free ? PyErrors.unboundFree(name) : PyErrors.unboundLocal(name);
        }
        return v;
    }
}
