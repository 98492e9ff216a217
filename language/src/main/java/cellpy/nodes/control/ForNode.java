package cellpy.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.AssignTargetNode;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;

/**
 * {@code for target in iterable: body else: orelse}. The iteration source (a range or list walked
 * by index, else an iterator) and the index live in two hidden frame slots, so a long-running loop
 * can be compiled by on-stack replacement in the middle ({@link PlainLoopNode}).
 */
public final class ForNode extends PlainLoopNode {
    @Child private ExprNode iterable;
    @Child private ForNextNode next;
    @Child private StmtNode body;
    @Child private StmtNode orelse;
    private final int sourceSlot;
    private final int indexSlot;
    /** The iterable is already the loop's source (see {@link ForNextNode#beginWithSource}). */
    @CompilationFinal private boolean iterableIsSource;

    public ForNode(AssignTargetNode target, ExprNode iterable, StmtNode body, StmtNode orelse, int sourceSlot,
                    int indexSlot, int[] iterationSlots) {
        super(iterationSlots);
        this.iterable = iterable;
        this.next = ForNextNodeGen.create(indexSlot, target);
        this.body = body;
        this.orelse = orelse;
        this.sourceSlot = sourceSlot;
        this.indexSlot = indexSlot;
    }

    /** Marks the iterable as a hidden {@code .0} that holds the loop's source already; returns this. */
    public ForNode iterableIsSource() {
        this.iterableIsSource = true;
        return this;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object it = iterable.executeGeneric(frame);
        if (iterableIsSource) {
            ForNextNode.beginWithSource(frame, it, sourceSlot, indexSlot);
        } else {
            ForNextNode.begin(frame, it, sourceSlot, indexSlot);
        }
        Object r = runLoop(frame);
        frame.setObject(sourceSlot, null);
        if (r == LoopBody.FINISHED && orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    @Override
    protected Object iterate(VirtualFrame frame) {
        if (!goesOn(next.execute(frame, frame.getObject(sourceSlot)))) {
            return LoopBody.FINISHED;
        }
        return runBody(body, frame);
    }
}
