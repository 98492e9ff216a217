package cellpy.nodes.generator;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.RepeatingNode;
import cellpy.nodes.AssignTargetNode;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.nodes.control.LoopBody;
import cellpy.nodes.control.ForNextNode;
import cellpy.nodes.control.ForNextNodeGen;

/**
 * A {@code for} in a generator with a yield inside (also the loops of a generator expression). The
 * iteration source and index live in frame slots as in {@link cellpy.nodes.control.ForNode}.
 * Resuming into the body finishes that pass outside the loop node (see {@link GenLoops}); resuming
 * into the iterable evaluates it again, its yield giving the sent value.
 */
public final class GenForNode extends GenStmtNode {
    @Child private ExprNode iterable;
    @Child private LoopNode loop;
    /** The loop's body (a child of {@link #loop}), for the pass a resume finishes outside the loop. */
    private final Body repeating;
    @Child private StmtNode orelse;
    private final int sourceSlot;
    private final int indexSlot;
    /** The iterable is already the loop's source (see {@link ForNextNode#beginWithSource}). */
    @CompilationFinal private boolean iterableIsSource;
    private final int resumeSlot;
    /** The iterable holds the yields numbered {@code start + 1 .. iterEnd}, the body those to {@code bodyEnd}. */
    private final int start;
    private final int iterEnd;
    private final int bodyEnd;

    public GenForNode(AssignTargetNode target, ExprNode iterable, StmtNode body, StmtNode orelse, int sourceSlot,
                    int indexSlot, int resumeSlot, int start, int iterEnd, int bodyEnd) {
        this.iterable = iterable;
        this.sourceSlot = sourceSlot;
        this.indexSlot = indexSlot;
        this.resumeSlot = resumeSlot;
        this.start = start;
        this.iterEnd = iterEnd;
        this.bodyEnd = bodyEnd;
        this.repeating = new Body(target, body, sourceSlot, indexSlot);
        this.loop = Truffle.getRuntime().createLoopNode(repeating);
        this.orelse = orelse;
        boolean elseHolds = GenState.holdsYields(orelse);
        this.iterLast = !elseHolds && bodyEnd == iterEnd;
        this.bodyLast = !elseHolds && bodyEnd > iterEnd;
    }

    /** Marks the iterable as a hidden {@code .0} that holds the loop's source already; returns this. */
    public GenForNode iterableIsSource() {
        this.iterableIsSource = true;
        return this;
    }

    /** Which part a resume lands in untested when it is in no earlier part (see {@link GenState#holdsYields}). */
    private final boolean iterLast;
    private final boolean bodyLast;

    @Override
    public boolean executeGen(VirtualFrame frame) {
        try {
            int rp = GenState.get(frame, resumeSlot);
            Object r = RepeatingNode.CONTINUE_LOOP_STATUS;
            if (rp == 0 || iterLast || GenState.in(rp, start, iterEnd)) {
                Object it = iterable.executeGeneric(frame);
                if (iterableIsSource) {
                    ForNextNode.beginWithSource(frame, it, sourceSlot, indexSlot);
                } else {
                    ForNextNode.begin(frame, it, sourceSlot, indexSlot);
                }
            } else if (bodyLast || GenState.in(rp, iterEnd, bodyEnd)) {
                r = GenLoops.runBody(repeating.body, frame);
            } else {
                return GenStmtNode.run(orelse, frame);
            }
            if (r == RepeatingNode.CONTINUE_LOOP_STATUS) {
                r = GenLoops.run(loop, frame, resumeSlot);
            }
            if (r == LoopBody.SUSPENDED) {
                return true;
            }
            frame.setObject(sourceSlot, null);
            if (r == LoopBody.FINISHED) {
                return GenStmtNode.run(orelse, frame);
            }
            return false;
        } catch (YieldException y) {
            return true;
        } catch (Throwable t) {
            frame.setObject(sourceSlot, null);
            throw t;
        }
    }

    private static final class Body extends LoopBody {
        @Child private StmtNode body;
        @Child private ForNextNode next;
        private final int sourceSlot;

        Body(AssignTargetNode target, StmtNode body, int sourceSlot, int indexSlot) {
            this.body = body;
            this.sourceSlot = sourceSlot;
            this.next = ForNextNodeGen.create(indexSlot, target);
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            if (!GeneratorOdds.goesOn(next.execute(frame, frame.getObject(sourceSlot)))) {
                return FINISHED;
            }
            return GenLoops.runBody(body, frame);
        }
    }
}
