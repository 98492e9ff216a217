package cellpy.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;

/**
 * {@code x = expr} (and {@code x op= expr}) where x is a local or a cell variable. While every value
 * was an int it is asked for as a long and stored unboxed, as SimpleLanguage's typed local writes
 * do: no box per store in the interpreter, and none in a cell that compiled code cannot keep
 * virtual. A value of another kind ends the speculation for good.
 */
public abstract class WriteNameNode extends StmtNode {
    @Child private ExprNode value;
    /** Every value so far was an int. */
    @CompilationFinal private boolean onlyInts = true;

    protected WriteNameNode(ExprNode value) {
        this.value = value;
    }

    @Override
    public final void executeVoid(VirtualFrame frame) {
        if (onlyInts) {
            long v;
            try {
                v = value.executeLong(frame);
            } catch (UnexpectedResultException e) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                onlyInts = false;
                store(frame, e.getResult());
                return;
            }
            storeInt(frame, v);
            return;
        }
        store(frame, value.executeGeneric(frame));
    }

    public final ExprNode getValue() {
        return value;
    }

    /** Stores a value already computed (also the sent value of {@code x = yield v}). */
    public abstract void store(VirtualFrame frame, Object v);

    protected abstract void storeInt(VirtualFrame frame, long v);

    /** Stores an int already computed, unboxed (the sent int of {@code x = yield v}). */
    public final void storeLong(VirtualFrame frame, long v) {
        storeInt(frame, v);
    }
}
