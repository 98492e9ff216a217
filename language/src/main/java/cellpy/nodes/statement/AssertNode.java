package cellpy.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.nodes.expression.IsTrueNode;
import cellpy.nodes.expression.IsTrueNodeGen;
import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.Calls;
import cellpy.runtime.PBaseException;
import cellpy.runtime.PException;

/** {@code assert test, msg}: AssertionError (with msg as its argument) when test is false. */
public final class AssertNode extends StmtNode {
    @Child private IsTrueNode test;
    @Child private ExprNode msg;

    public AssertNode(ExprNode test, ExprNode msg) {
        this.test = IsTrueNodeGen.create(test);
        this.msg = msg;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (!test.executeCondition(frame)) {
            CompilerDirectives.transferToInterpreter();
            Object e = msg == null ? Calls.call(BuiltinTypes.ASSERTION_ERROR)
                            : Calls.call(BuiltinTypes.ASSERTION_ERROR, msg.executeGeneric(frame));
            throw new PException((PBaseException) e);
        }
    }
}
