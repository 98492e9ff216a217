package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
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

    /**
     * The same on two ints already unboxed, for a result that is an int too ({@code x += 1} on
     * an int local): no box in the interpreter for the operands or the result.
     */
    public abstract long executeLong(VirtualFrame frame, long left, long right) throws UnexpectedResultException;
}
