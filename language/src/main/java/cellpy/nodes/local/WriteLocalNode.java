package cellpy.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.nodes.WriteNameNode;

/** STORE_FAST of an expression's value: {@code x = expr} where x is a plain local. */
public final class WriteLocalNode extends WriteNameNode {
    @Child private StoreLocalNode store;

    public WriteLocalNode(int slot, ExprNode value) {
        super(value);
        this.store = StoreLocalNode.create(slot);
    }

    @Override
    public void store(VirtualFrame frame, Object v) {
        store.execute(frame, v);
    }

    @Override
    protected void storeInt(VirtualFrame frame, long v) {
        store.executeLong(frame, v);
    }
}
