package cellpy.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import cellpy.nodes.AssignTargetNode;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;

/** {@code t1 = t2 = value}: the value once, then each target left to right. */
public final class AssignNode extends StmtNode {
    @Child private ExprNode value;
    @Children private final AssignTargetNode[] targets;

    public AssignNode(AssignTargetNode[] targets, ExprNode value) {
        this.targets = targets;
        this.value = value;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        for (AssignTargetNode t : targets) {
            t.assign(frame, v);
        }
    }
}
