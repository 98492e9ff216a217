package cellpy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.nodes.expression.IsTrueNode;
import cellpy.nodes.expression.IsTrueNodeGen;

/**
 * {@code while test: body else: orelse}. {@code else} runs when the test turns false, not after a
 * break. A long-running loop is compiled by on-stack replacement ({@link PlainLoopNode}).
 */
public final class WhileNode extends PlainLoopNode {
    @Child private IsTrueNode test;
    @Child private StmtNode body;
    @Child private StmtNode orelse;

    public WhileNode(ExprNode test, StmtNode body, StmtNode orelse, int[] iterationSlots) {
        super(iterationSlots);
        this.test = IsTrueNodeGen.create(test);
        this.body = body;
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object r = runLoop(frame);
        if (r == LoopBody.FINISHED && orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    @Override
    protected Object iterate(VirtualFrame frame) {
        if (!goesOn(test.executeCondition(frame))) {
            return LoopBody.FINISHED;
        }
        return runBody(body, frame);
    }
}
