package cellpy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import cellpy.CellpyContext;
import cellpy.nodes.StmtNode;
import cellpy.nodes.control.ExceptHandlerNode;
import cellpy.runtime.PException;

/**
 * {@code try/except/else/finally} in a generator with a yield inside. Where a resume goes (the body,
 * a handler, the else or the finally block) the resume point says (see {@link GenState}); the
 * exception being handled, or the outcome the finally block holds back (an exception, return,
 * break), is kept in a slot, so a yield anywhere inside resumes in the right place.
 */
public final class GenTryNode extends GenStmtNode {
    @Child private StmtNode body;
    @Children private final ExceptHandlerNode[] handlers;
    @Child private StmtNode orelse;
    @Child private StmtNode finalbody;
    private final int resumeSlot;
    private final int pendingSlot;
    /**
     * The body holds the yields numbered {@code ends[0] + 1 .. ends[1]}, handler i those to
     * {@code ends[i + 2]}, then the else block, then the finally block to the last entry.
     */
    @CompilationFinal(dimensions = 1) private final int[] ends;

    public GenTryNode(StmtNode body, ExceptHandlerNode[] handlers, StmtNode orelse, StmtNode finalbody, int resumeSlot,
                    int pendingSlot, int[] ends) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
        this.finalbody = finalbody;
        this.resumeSlot = resumeSlot;
        this.pendingSlot = pendingSlot;
        this.ends = ends;
    }

    private int elseEnd() {
        return ends[handlers.length + 2];
    }

    @Override
    public boolean executeGen(VirtualFrame frame) {
        int rp = GenState.get(frame, resumeSlot);
        if (rp == 0 || !GenState.in(rp, elseEnd(), ends[ends.length - 1])) {
            try {
                if (runExcept(frame, rp)) {
                    return true;
                }
            } catch (YieldException y) {
                return true;
            } catch (Throwable t) {
                if (finalbody == null) {
                    frame.setObjectStatic(pendingSlot, null);
                    throw t;
                }
                frame.setObjectStatic(pendingSlot, t);
            }
            if (finalbody == null) {
                return false;
            }
        }
        CellpyContext ctx = CellpyContext.get(this);
        PException saved = ctx.handled;
        if (frame.getObjectStatic(pendingSlot) instanceof PException pending) {
            ctx.handled = pending; // an exception raised in finally gets the pending one as __context__
        }
        boolean suspended;
        try {
            suspended = GenStmtNode.run(finalbody, frame);
        } catch (YieldException y) {
            suspended = true;
        } catch (Throwable t) {
            frame.setObjectStatic(pendingSlot, null);
            throw t;
        } finally {
            ctx.handled = saved;
        }
        if (suspended) {
            return true;
        }
        Object pending = frame.getObjectStatic(pendingSlot);
        frame.setObjectStatic(pendingSlot, null);
        if (pending != null) {
            throw sneaky((Throwable) pending);
        }
        return false;
    }

    /** The body, a handler or the else block, from where the resume point says; true when suspended. */
    @ExplodeLoop
    private boolean runExcept(VirtualFrame frame, int rp) {
        if (rp == 0 || GenState.in(rp, ends[0], ends[1])) {
            try {
                if (GenStmtNode.run(body, frame)) {
                    return true;
                }
            } catch (YieldException y) {
                return true;
            } catch (PException e) {
                int h = findHandler(frame, e);
                if (h < 0) {
                    throw e;
                }
                frame.setObjectStatic(pendingSlot, e);
                return runHandler(frame, h, e);
            }
            return GenStmtNode.run(orelse, frame);
        }
        for (int i = 0; i < handlers.length; i++) {
            if (GenState.in(rp, ends[i + 1], ends[i + 2])) {
                return runHandler(frame, i, (PException) frame.getObjectStatic(pendingSlot));
            }
        }
        return GenStmtNode.run(orelse, frame); // resuming in the else block
    }

    private int findHandler(VirtualFrame frame, PException e) {
        for (int i = 0; i < handlers.length; i++) {
            if (handlers[i].matches(frame, e.getValue())) {
                e.getValue().pendingLine = -1;
                return i;
            }
        }
        return -1;
    }

    /** Runs (or resumes) handler {@code index} on {@code e}; true when it suspended. */
    @ExplodeLoop
    private boolean runHandler(VirtualFrame frame, int index, PException e) {
        CellpyContext ctx = CellpyContext.get(this);
        PException saved = ctx.handled;
        ctx.handled = e;
        try {
            for (int i = 0; i < handlers.length; i++) {
                if (i == index) {
                    handlers[i].executeBody(frame, e.getValue());
                }
            }
        } catch (YieldException y) {
            return true;
        } finally {
            ctx.handled = saved;
        }
        frame.setObjectStatic(pendingSlot, null);
        return false;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
