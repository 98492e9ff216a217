package cellpy.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import cellpy.nodes.AssignTargetNode;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;

/**
 * {@code for target in iterable: body else: orelse}. The iteration source (a range or list walked
 * by index, else an iterator) and the index live in two hidden frame slots, so the loop body is a
 * Truffle {@link LoopNode} that on-stack replacement can compile.
 */
public final class ForNode extends StmtNode {
    @Child private ExprNode iterable;
    @Child private LoopNode loop;
    @Child private StmtNode orelse;
    private final int sourceSlot;
    private final int indexSlot;

    public ForNode(AssignTargetNode target, ExprNode iterable, StmtNode body, StmtNode orelse, int sourceSlot,
                    int indexSlot, int[] iterationSlots) {
        this.iterable = iterable;
        this.sourceSlot = sourceSlot;
        this.indexSlot = indexSlot;
        this.loop = Truffle.getRuntime().createLoopNode(new Body(target, body, sourceSlot, indexSlot, iterationSlots));
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        ForNextNode.begin(frame, iterable.executeGeneric(frame), sourceSlot, indexSlot);
        Object r = loop.execute(frame);
        frame.setObject(sourceSlot, null);
        if (r == LoopBody.FINISHED && orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    private static final class Body extends LoopBody {
        @Child private StmtNode body;
        @Child private ForNextNode next;
        private final int sourceSlot;

        Body(AssignTargetNode target, StmtNode body, int sourceSlot, int indexSlot, int[] iterationSlots) {
            super(iterationSlots);
            this.body = body;
            this.sourceSlot = sourceSlot;
            this.next = ForNextNodeGen.create(indexSlot, target);
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            if (!next.execute(frame, frame.getObject(sourceSlot))) {
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
