package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;

/**
 * A binary operator. Besides evaluating its two children, it can be applied to values already
 * computed ({@link #executeEvaluated}), which chained comparisons and augmented assignment use
 * (created with null children then).
 */
@NodeChild("left")
@NodeChild("right")
public abstract class BinaryNode extends ExprNode {
    public abstract Object executeEvaluated(VirtualFrame frame, Object left, Object right);
}
