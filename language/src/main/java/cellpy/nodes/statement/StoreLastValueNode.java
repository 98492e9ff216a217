package cellpy.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;

/** A top-level expression statement of a module: its value is kept as the result of {@code Context.eval}. */
public final class StoreLastValueNode extends StmtNode {
    @Child private ExprNode expr;
    private final int slot;

    public StoreLastValueNode(ExprNode expr, int slot) {
        this.expr = expr;
        this.slot = slot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        frame.setObject(slot, expr.executeGeneric(frame));
    }
}
