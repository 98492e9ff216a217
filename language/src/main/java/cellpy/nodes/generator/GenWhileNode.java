package cellpy.nodes.generator;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.RepeatingNode;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.nodes.control.LoopBody;
import cellpy.nodes.expression.IsTrueNode;
import cellpy.nodes.expression.IsTrueNodeGen;

/**
 * A {@code while} in a generator with a yield inside. Still a Truffle {@link LoopNode} (on-stack
 * replacement keeps working). Resuming into the test or the body finishes that iteration outside
 * the loop node (see {@link GenLoops}); resuming into the else block goes straight there.
 */
public final class GenWhileNode extends GenStmtNode {
    @Child private LoopNode loop;
    /** The loop's body (a child of {@link #loop}), for the pass a resume finishes outside the loop. */
    private final Body repeating;
    @Child private StmtNode orelse;
    private final int resumeSlot;
    /** The test holds the yields numbered {@code start + 1 .. testEnd}, the body those to {@code bodyEnd}. */
    private final int start;
    private final int testEnd;
    private final int bodyEnd;

    public GenWhileNode(ExprNode test, StmtNode body, StmtNode orelse, int resumeSlot, int start, int testEnd, int bodyEnd) {
        this.repeating = new Body(test, body);
        this.loop = Truffle.getRuntime().createLoopNode(repeating);
        this.orelse = orelse;
        this.resumeSlot = resumeSlot;
        this.start = start;
        this.testEnd = testEnd;
        this.bodyEnd = bodyEnd;
        boolean elseHolds = GenState.holdsYields(orelse);
        this.testLast = !elseHolds && bodyEnd == testEnd;
        this.bodyLast = !elseHolds && bodyEnd > testEnd;
    }

    /** Which part a resume lands in untested when it is in no earlier part (see {@link GenState#holdsYields}). */
    private final boolean testLast;
    private final boolean bodyLast;

    @Override
    public boolean executeGen(VirtualFrame frame) {
        try {
            int rp = GenState.get(frame, resumeSlot);
            Object r = RepeatingNode.CONTINUE_LOOP_STATUS;
            if (rp != 0) {
                if (testLast || GenState.in(rp, start, testEnd)) {
                    r = repeating.executeRepeatingWithValue(frame);
                } else if (bodyLast || GenState.in(rp, testEnd, bodyEnd)) {
                    r = GenLoops.runBody(repeating.body, frame);
                } else {
                    return GenStmtNode.run(orelse, frame);
                }
            }
            if (r == RepeatingNode.CONTINUE_LOOP_STATUS) {
                r = GenLoops.run(loop, frame, resumeSlot);
            }
            if (r == LoopBody.SUSPENDED) {
                return true;
            }
            if (r == LoopBody.FINISHED) {
                return GenStmtNode.run(orelse, frame);
            }
            return false;
        } catch (YieldException y) {
            return true;
        }
    }

    private static final class Body extends LoopBody {
        @Child private IsTrueNode test;
        @Child private StmtNode body;

        Body(ExprNode test, StmtNode body) {
            this.test = IsTrueNodeGen.create(test);
            this.body = body;
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            if (!GeneratorOdds.goesOn(test.executeCondition(frame))) {
                return FINISHED;
            }
            return GenLoops.runBody(body, frame);
        }
    }
}
