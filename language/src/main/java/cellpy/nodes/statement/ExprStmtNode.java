package cellpy.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;

/** An expression evaluated for its effect. */
public final class ExprStmtNode extends StmtNode {
    @Child private ExprNode expr;

    public ExprStmtNode(ExprNode expr) {
        this.expr = expr;
    }

    public ExprNode getExpr() {
        return expr;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        expr.executeGeneric(frame);
    }
}
