package cellpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;

/** {@code not x}. */
public final class NotNode extends ExprNode {
    @Child private IsTrueNode operand;

    public NotNode(ExprNode operand) {
        this.operand = IsTrueNodeGen.create(operand);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return !operand.executeCondition(frame);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return executeBoolean(frame);
    }
}
