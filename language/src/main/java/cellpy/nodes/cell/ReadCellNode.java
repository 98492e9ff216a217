package cellpy.nodes.cell;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import cellpy.nodes.ExprNode;
import cellpy.runtime.Cell;
import cellpy.runtime.PyErrors;

/**
 * LOAD_DEREF: slot read plus one field read (two for an int, which the {@link Cell} keeps unboxed).
 * The node remembers which of the two kinds it has seen, so compiled code tests only for one while
 * the cell holds one kind. An empty cell raises UnboundLocalError for the scope's own cell variables
 * and NameError ("free variable") for free ones, as CPython 3.11 does.
 */
public final class ReadCellNode extends ExprNode {
    private final int slot;
    private final String name;
    private final boolean free;
    @CompilationFinal private boolean seenInt;
    @CompilationFinal private boolean seenObject;

    public ReadCellNode(int slot, String name, boolean free) {
        this.slot = slot;
        this.name = name;
        this.free = free;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Cell c = (Cell) frame.getObject(slot);
        return c.holdsInt() ? (Object) intValue(c) : object(c);
    }

    @Override
    public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
        Cell c = (Cell) frame.getObject(slot);
        if (c.holdsInt()) {
            return intValue(c);
        }
        throw new UnexpectedResultException(object(c));
    }

    private long intValue(Cell c) {
        if (!seenInt) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            seenInt = true;
        }
        return c.intValue();
    }

    private Object object(Cell c) {
        if (!seenObject) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            seenObject = true;
        }
        Object v = c.objectValue();
        if (v == null) {
            CompilerDirectives.transferToInterpreter();
            throw free ? PyErrors.unboundFree(name) : PyErrors.unboundLocal(name);
        }
        return v;
    }
}
