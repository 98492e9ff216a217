package cellpy.nodes.cell;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;

/**
 * STORE_DEREF of an expression's value: {@code x = expr} and {@code x op= expr} where x is a cell
 * variable. While every value was an int it is taken unboxed and stored into the cell's int field,
 * so {@code count += d} in a closure whose cell is a real heap object allocates nothing.
 */
public final class WriteCellNode extends StmtNode {
    @Child private ExprNode value;
    @Child private CellTargetNode target;
    /** Every value so far was an int. */
    @CompilationFinal private boolean onlyInts = true;

    public WriteCellNode(int slot, ExprNode value) {
        this.value = value;
        this.target = new CellTargetNode(slot);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (onlyInts) {
            long v;
            try {
                v = value.executeLong(frame);
            } catch (UnexpectedResultException e) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                onlyInts = false;
                target.assign(frame, e.getResult());
                return;
            }
            target.assignInt(frame, v);
            return;
        }
        target.assign(frame, value.executeGeneric(frame));
    }

    public ExprNode getValue() {
        return value;
    }

    /** Stores a value already computed (the sent value of {@code x = yield v}). */
    public void store(VirtualFrame frame, Object v) {
        target.assign(frame, v);
    }
}
