package cellpy.nodes.cell;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.AssignTargetNode;
import cellpy.runtime.Cell;

/** STORE_DEREF as an assignment target: the new value goes into the shared cell. */
public final class CellTargetNode extends AssignTargetNode {
    private final int slot;

    public CellTargetNode(int slot) {
        this.slot = slot;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        ((Cell) frame.getObject(slot)).set(value);
    }

    /** Stores an int without boxing it (see {@link WriteCellNode}). */
    public void assignInt(VirtualFrame frame, long value) {
        ((Cell) frame.getObject(slot)).setInt(value);
    }
}
