package cellpy.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
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

    @Override
    public void executeVoid(VirtualFrame frame) {
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
