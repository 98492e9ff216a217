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

    public ExprNode getValue() {
        return value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        assignTargets(frame, value.executeGeneric(frame));
    }

    /** Binds an already computed value to every target (a generator's {@code x = yield v} resuming). */
    @ExplodeLoop
    public void assignTargets(VirtualFrame frame, Object v) {
        for (AssignTargetNode t : targets) {
            t.assign(frame, v);
        }
    }
}
