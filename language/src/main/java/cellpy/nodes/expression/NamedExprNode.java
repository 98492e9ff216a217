package cellpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.AssignTargetNode;
import cellpy.nodes.ExprNode;

/** {@code target := value}: assigns and yields the value. */
public final class NamedExprNode extends ExprNode {
    @Child private ExprNode value;
    @Child private AssignTargetNode target;

    public NamedExprNode(AssignTargetNode target, ExprNode value) {
        this.target = target;
        this.value = value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        target.assign(frame, v);
        return v;
    }
}
