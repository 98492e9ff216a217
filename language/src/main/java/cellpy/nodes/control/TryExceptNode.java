package cellpy.nodes.control;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import cellpy.CellpyContext;
import cellpy.nodes.StmtNode;
import cellpy.runtime.PBaseException;
import cellpy.runtime.PException;
import cellpy.runtime.PyErrors;

/**
 * {@code try: body except ...: ... else: orelse}. While a handler runs, its exception is the
 * context's "handled" exception (for bare {@code raise}), and any exception escaping the handler
 * gets it as {@code __context__}. A Java stack overflow becomes RecursionError here too, so guest
 * code can catch it.
 */
public final class TryExceptNode extends StmtNode {
    @Child private StmtNode body;
    @Children private final ExceptHandlerNode[] handlers;
    @Child private StmtNode orelse;

    public TryExceptNode(StmtNode body, ExceptHandlerNode[] handlers, StmtNode orelse) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            handle(frame, e);
            return;
        } catch (StackOverflowError so) {
            CompilerDirectives.transferToInterpreter();
            handle(frame, PyErrors.recursionError());
            return;
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    @ExplodeLoop
    private void handle(VirtualFrame frame, PException e) {
        PBaseException value = e.getValue();
        for (ExceptHandlerNode h : handlers) {
            if (h.matches(frame, value)) {
                CellpyContext ctx = CellpyContext.get(this);
                PException saved = ctx.handled;
                ctx.handled = e;
                value.pendingLine = -1;
                try {
                    h.executeBody(frame, value);
                } finally {
                    ctx.handled = saved;
                }
                return;
            }
        }
        throw e;
    }
}
