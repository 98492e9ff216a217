package cellpy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.nodes.expression.IsTrueNode;
import cellpy.nodes.expression.IsTrueNodeGen;

/** {@code if test: then else: orelse} (orelse may be null). */
public final class IfNode extends StmtNode {
    @Child private IsTrueNode test;
    @Child private StmtNode then;
    @Child private StmtNode orelse;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfNode(ExprNode test, StmtNode then, StmtNode orelse) {
        this.test = IsTrueNodeGen.create(test);
        this.then = then;
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (profile.profile(test.executeCondition(frame))) {
            then.executeVoid(frame);
        } else if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }
}
