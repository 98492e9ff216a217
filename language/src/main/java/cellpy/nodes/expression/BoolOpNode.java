package cellpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import cellpy.nodes.ExprNode;

/** {@code a and b and c} / {@code a or b}: short-circuits and yields the deciding operand itself. */
public final class BoolOpNode extends ExprNode {
    @Children private final ExprNode[] values;
    @Child private IsTrueNode isTrue = IsTrueNodeGen.create(null);
    private final boolean isAnd;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public BoolOpNode(ExprNode[] values, boolean isAnd) {
        this.values = values;
        this.isAnd = isAnd;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object v = null;
        for (int i = 0; i < values.length; i++) {
            v = values[i].executeGeneric(frame);
            if (i < values.length - 1 && profile.profile(isTrue.execute(v) != isAnd)) {
                return v;
            }
        }
        return v;
    }
}
