package cellpy.nodes.cell;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.StmtNode;
import cellpy.runtime.Cell;
import cellpy.runtime.PyErrors;

/** DELETE_DEREF: empties the cell; every closure sharing it then sees the variable unbound. */
public final class DeleteCellNode extends StmtNode {
    private final int slot;
    private final String name;
    private final boolean free;

    public DeleteCellNode(int slot, String name, boolean free) {
        this.slot = slot;
        this.name = name;
        this.free = free;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Cell c = (Cell) frame.getObject(slot);
        if (c.isEmpty()) {
            CompilerDirectives.transferToInterpreter();
            throw free ? PyErrors.unboundFree(name) : PyErrors.unboundLocal(name);
        }
        c.clear();
    }
}
