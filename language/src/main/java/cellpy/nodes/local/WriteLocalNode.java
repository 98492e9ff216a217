package cellpy.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;

/** STORE_FAST of an expression's value: {@code x = expr} where x is a plain local. */
public final class WriteLocalNode extends StmtNode {
    @Child private ExprNode value;
    @Child private StoreLocalNode store;

    public WriteLocalNode(int slot, ExprNode value) {
        this.value = value;
        this.store = StoreLocalNode.create(slot);
    }

    /** Every value so far was an int: it is taken and stored unboxed (no box per store in the interpreter). */
    @CompilationFinal private boolean onlyLongs = true;

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (onlyLongs) {
            long v;
            try {
                v = value.executeLong(frame);
            } catch (UnexpectedResultException e) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                onlyLongs = false;
                store.execute(frame, e.getResult());
                return;
            }
            store.executeLong(frame, v);
            return;
        }
        store.execute(frame, value.executeGeneric(frame));
    }

    public ExprNode getValue() {
        return value;
    }

    /** Stores a value already computed (the sent value of {@code x = yield v}). */
    public void store(VirtualFrame frame, Object v) {
        store.execute(frame, v);
    }
}
