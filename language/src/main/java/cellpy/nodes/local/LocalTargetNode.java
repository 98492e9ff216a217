package cellpy.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.AssignTargetNode;

/** A local as an assignment target ({@code for i in ...}, {@code a, b = ...}). */
public final class LocalTargetNode extends AssignTargetNode {
    @Child private StoreLocalNode store;

    public LocalTargetNode(int slot) {
        this.store = StoreLocalNode.create(slot);
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        store.execute(frame, value);
    }
}
