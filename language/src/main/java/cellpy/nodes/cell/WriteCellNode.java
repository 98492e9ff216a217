package cellpy.nodes.cell;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.nodes.WriteNameNode;

/**
 * STORE_DEREF of an expression's value: {@code x = expr} and {@code x op= expr} where x is a cell
 * variable. An int goes into the cell's int field, so {@code count += d} in a closure whose cell is
 * a real heap object allocates nothing.
 */
public final class WriteCellNode extends WriteNameNode {
    @Child private CellTargetNode target;

    public WriteCellNode(int slot, ExprNode value) {
        super(value);
        this.target = new CellTargetNode(slot);
    }

    @Override
    public void store(VirtualFrame frame, Object v) {
        target.assign(frame, v);
    }

    @Override
    protected void storeInt(VirtualFrame frame, long v) {
        target.assignInt(frame, v);
    }
}
