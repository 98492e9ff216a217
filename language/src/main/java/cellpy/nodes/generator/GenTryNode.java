package cellpy.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.CellpyContext;
import cellpy.nodes.StmtNode;
import cellpy.nodes.control.ExceptHandlerNode;
import cellpy.runtime.PException;

/**
 * {@code try/except/else/finally} in a generator with a yield inside. The phase slot says where it
 * stands (0 body, 1 a handler, 2 else, 3 finally); the handler index and the exception being
 * handled, or the outcome the finally block holds back (an exception, return, break), are kept in
 * slots too, so a yield anywhere inside resumes in the right place.
 */
public final class GenTryNode extends GenStmtNode {
    static final int BODY = 0;
    static final int HANDLER = 1;
    static final int ELSE = 2;
    static final int FINALLY = 3;

    @Child private StmtNode body;
    @Children private final ExceptHandlerNode[] handlers;
    @Child private StmtNode orelse;
    @Child private StmtNode finalbody;
    private final int phaseSlot;
    private final int handlerSlot;
    private final int pendingSlot;

    public GenTryNode(StmtNode body, ExceptHandlerNode[] handlers, StmtNode orelse, StmtNode finalbody, int phaseSlot,
                    int handlerSlot, int pendingSlot) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
        this.finalbody = finalbody;
        this.phaseSlot = phaseSlot;
        this.handlerSlot = handlerSlot;
        this.pendingSlot = pendingSlot;
    }

    @Override
    public boolean executeGen(VirtualFrame frame) {
        int phase = GenState.get(frame, phaseSlot);
        if (phase != FINALLY) {
            try {
                if (runExcept(frame, phase)) {
                    return true;
                }
            } catch (YieldException y) {
                return true;
            } catch (Throwable t) {
                if (finalbody == null) {
                    reset(frame);
                    throw t;
                }
                frame.setObjectStatic(pendingSlot, t);
            }
            if (finalbody == null) {
                reset(frame);
                return false;
            }
            GenState.set(frame, phaseSlot, FINALLY);
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
            reset(frame);
            throw t;
        } finally {
            ctx.handled = saved;
        }
        if (suspended) {
            return true;
        }
        Object pending = frame.getObjectStatic(pendingSlot);
        reset(frame);
        if (pending != null) {
            throw sneaky((Throwable) pending);
        }
        return false;
    }

    /** The body, a handler or the else block, from where the phase says; true when suspended. */
    private boolean runExcept(VirtualFrame frame, int phase) {
        if (phase == BODY) {
            try {
                if (GenStmtNode.run(body, frame)) {
                    return true;
                }
                phase = ELSE;
            } catch (YieldException y) {
                return true;
            } catch (PException e) {
                int h = findHandler(frame, e);
                if (h < 0) {
                    throw e;
                }
                frame.setObjectStatic(pendingSlot, e);
                GenState.set(frame, handlerSlot, h);
                phase = HANDLER;
            }
            GenState.set(frame, phaseSlot, phase);
        }
        if (phase == HANDLER) {
            PException e = (PException) frame.getObjectStatic(pendingSlot);
            CellpyContext ctx = CellpyContext.get(this);
            PException saved = ctx.handled;
            ctx.handled = e;
            try {
                runHandler(frame, GenState.get(frame, handlerSlot), e);
            } catch (YieldException y) {
                ctx.handled = saved;
                return true;
            } catch (PException inner) {
                ctx.handled = saved;
                throw inner;
            }
            ctx.handled = saved;
            frame.setObjectStatic(pendingSlot, null);
        } else if (phase == ELSE && orelse != null) {
            return GenStmtNode.run(orelse, frame);
        }
        return false;
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

    private void runHandler(VirtualFrame frame, int index, PException e) {
        for (int i = 0; i < handlers.length; i++) {
            if (i == index) {
                handlers[i].executeBody(frame, e.getValue());
                return;
            }
        }
    }

    private void reset(VirtualFrame frame) {
        GenState.set(frame, phaseSlot, BODY);
        frame.setObjectStatic(pendingSlot, null);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
