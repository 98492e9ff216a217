package cellpy.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.nodes.expression.IsTrueNode;
import cellpy.nodes.expression.IsTrueNodeGen;

/**
 * {@code while test: body else: orelse}. The loop is a Truffle {@link LoopNode}, so a long-running
 * loop is compiled by on-stack replacement. {@code else} runs when the test turns false, not after
 * a break.
 */
public final class WhileNode extends StmtNode {
    @Child private LoopNode loop;
    @Child private StmtNode orelse;

    public WhileNode(ExprNode test, StmtNode body, StmtNode orelse, int[] iterationSlots) {
        this.loop = Truffle.getRuntime().createLoopNode(new Body(test, body, iterationSlots));
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object r = loop.execute(frame);
        if (r == LoopBody.FINISHED && orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    private static final class Body extends LoopBody {
        @Child private IsTrueNode test;
        @Child private StmtNode body;

        Body(ExprNode test, StmtNode body, int[] iterationSlots) {
            super(iterationSlots);
            this.test = IsTrueNodeGen.create(test);
            this.body = body;
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            if (!test.executeCondition(frame)) {
                return FINISHED;
            }
            try {
                body.executeVoid(frame);
            } catch (ContinueException e) {
                // next iteration
            } catch (BreakException e) {
                return BROKE;
            }
            clearIterationLocals(frame);
            return CONTINUE_LOOP_STATUS;
        }
    }
}
