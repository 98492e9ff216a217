package cellpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import cellpy.nodes.ExprNode;

/**
 * {@code a < b <= c}: each operand evaluated at most once, stopping at the first false link; the
 * result is that link's value (as in Python, a non-bool result of a rich comparison shows through).
 */
public final class ChainedCompareNode extends ExprNode {
    @Children private final ExprNode[] operands;
    @Children private final BinaryNode[] ops;
    @Child private IsTrueNode isTrue = IsTrueNodeGen.create(null);

    public ChainedCompareNode(ExprNode[] operands, BinaryNode[] ops) {
        this.operands = operands;
        this.ops = ops;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object left = operands[0].executeGeneric(frame);
        Object result = Boolean.TRUE;
        for (int i = 0; i < ops.length; i++) {
            Object right = operands[i + 1].executeGeneric(frame);
            result = ops[i].executeEvaluated(frame, left, right);
            if (i < ops.length - 1 && !isTrue.execute(result)) {
                return result;
            }
            left = right;
        }
        return result;
    }
}
