package cellpy.nodes.generator;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.nodes.control.LoopBody;
import cellpy.nodes.expression.IsTrueNode;
import cellpy.nodes.expression.IsTrueNodeGen;

/**
 * A {@code while} in a generator with a yield inside. Still a Truffle {@link LoopNode} (on-stack
 * replacement keeps working); its phase slot says 0 not running, 1 testing, 2 inside the body,
 * 3 in the else block, so resuming re-enters the body without re-testing.
 */
public final class GenWhileNode extends GenStmtNode {
    @Child private LoopNode loop;
    @Child private StmtNode orelse;
    private final int phaseSlot;

    public GenWhileNode(ExprNode test, StmtNode body, StmtNode orelse, int phaseSlot, int[] testYields) {
        this.loop = Truffle.getRuntime().createLoopNode(new Body(test, body, phaseSlot, testYields));
        this.orelse = orelse;
        this.phaseSlot = phaseSlot;
    }

    @Override
    public boolean executeGen(VirtualFrame frame) {
        try {
            if (GenState.get(frame, phaseSlot) != 3) {
                if (GenState.get(frame, phaseSlot) == 0) {
                    GenState.set(frame, phaseSlot, 1);
                }
                Object r = GenLoops.run(loop, frame);
                if (r == LoopBody.SUSPENDED) {
                    return true;
                }
                if (r != LoopBody.FINISHED || orelse == null) {
                    GenState.set(frame, phaseSlot, 0);
                    return false;
                }
                GenState.set(frame, phaseSlot, 3);
            }
            if (GenStmtNode.run(orelse, frame)) {
                return true;
            }
        } catch (YieldException y) {
            return true;
        } catch (Throwable t) {
            GenState.set(frame, phaseSlot, 0);
            throw t;
        }
        GenState.set(frame, phaseSlot, 0);
        return false;
    }

    private static final class Body extends LoopBody {
        @Child private IsTrueNode test;
        @Child private StmtNode body;
        private final int phaseSlot;
        @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] testYields;

        Body(ExprNode test, StmtNode body, int phaseSlot, int[] testYields) {
            this.test = IsTrueNodeGen.create(test);
            this.body = body;
            this.phaseSlot = phaseSlot;
            this.testYields = testYields;
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            if (GenState.get(frame, phaseSlot) != 2) {
                boolean go = test.executeCondition(frame);
                ResumableStmtNode.reset(frame, testYields);
                if (!go) {
                    return FINISHED;
                }
                GenState.set(frame, phaseSlot, 2);
            }
            return GenLoops.runBody(body, frame, phaseSlot);
        }
    }
}
