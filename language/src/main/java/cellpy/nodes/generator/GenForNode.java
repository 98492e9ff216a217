package cellpy.nodes.generator;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import cellpy.nodes.AssignTargetNode;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.nodes.control.LoopBody;
import cellpy.nodes.control.ForNextNode;
import cellpy.nodes.control.ForNextNodeGen;

/**
 * A {@code for} in a generator with a yield inside (also the loops of a generator expression).
 * The iteration source and index live in frame slots as in {@link cellpy.nodes.control.ForNode};
 * the phase slot says 0 not running, 1 fetching, 2 inside the body, 3 in the else block.
 */
public final class GenForNode extends GenStmtNode {
    @Child private ExprNode iterable;
    @Child private LoopNode loop;
    @Child private StmtNode orelse;
    private final int sourceSlot;
    private final int indexSlot;
    private final int phaseSlot;
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] iterYields;

    public GenForNode(AssignTargetNode target, ExprNode iterable, StmtNode body, StmtNode orelse, int sourceSlot,
                    int indexSlot, int phaseSlot, int[] iterYields) {
        this.iterable = iterable;
        this.sourceSlot = sourceSlot;
        this.indexSlot = indexSlot;
        this.phaseSlot = phaseSlot;
        this.iterYields = iterYields;
        this.loop = Truffle.getRuntime().createLoopNode(new Body(target, body, sourceSlot, indexSlot, phaseSlot));
        this.orelse = orelse;
    }

    @Override
    public boolean executeGen(VirtualFrame frame) {
        try {
            int phase = GenState.get(frame, phaseSlot);
            if (phase == 0) {
                Object it = iterable.executeGeneric(frame);
                ResumableStmtNode.reset(frame, iterYields);
                ForNextNode.begin(frame, it, sourceSlot, indexSlot);
                GenState.set(frame, phaseSlot, 1);
                phase = 1;
            }
            if (phase != 3) {
                Object r = GenLoops.run(loop, frame);
                if (r == LoopBody.SUSPENDED) {
                    return true;
                }
                frame.setObject(sourceSlot, null);
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
            frame.setObject(sourceSlot, null);
            ResumableStmtNode.reset(frame, iterYields);
            throw t;
        }
        GenState.set(frame, phaseSlot, 0);
        return false;
    }

    private static final class Body extends LoopBody {
        @Child private StmtNode body;
        @Child private ForNextNode next;
        private final int sourceSlot;
        private final int phaseSlot;

        Body(AssignTargetNode target, StmtNode body, int sourceSlot, int indexSlot, int phaseSlot) {
            this.body = body;
            this.sourceSlot = sourceSlot;
            this.phaseSlot = phaseSlot;
            this.next = ForNextNodeGen.create(indexSlot, target);
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            if (GenState.get(frame, phaseSlot) != 2) {
                if (!next.execute(frame, frame.getObject(sourceSlot))) {
                    return FINISHED;
                }
                GenState.set(frame, phaseSlot, 2);
            }
            return GenLoops.runBody(body, frame, phaseSlot);
        }
    }
}
