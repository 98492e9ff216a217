package cellpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import cellpy.nodes.ExprNode;

/** {@code body if test else orelse}. */
public final class IfExpNode extends ExprNode {
    @Child private IsTrueNode test;
    @Child private ExprNode body;
    @Child private ExprNode orelse;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfExpNode(ExprNode test, ExprNode body, ExprNode orelse) {
        this.test = IsTrueNodeGen.create(test);
        this.body = body;
        this.orelse = orelse;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return profile.profile(test.executeCondition(frame)) ? body.executeGeneric(frame) : orelse.executeGeneric(frame);
    }
}
