package cellpy.nodes.control;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.CellpyContext;
import cellpy.nodes.StmtNode;
import cellpy.runtime.PException;

/**
 * {@code try: body finally: finalbody}. The final block runs on every way out; if it itself
 * returns, breaks or raises, that replaces the pending outcome, as in Python.
 */
public final class TryFinallyNode extends StmtNode {
    @Child private StmtNode body;
    @Child private StmtNode finalbody;

    public TryFinallyNode(StmtNode body, StmtNode finalbody) {
        this.body = body;
        this.finalbody = finalbody;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            CellpyContext ctx = CellpyContext.get(this);
            PException saved = ctx.handled;
            ctx.handled = e;
            try {
                finalbody.executeVoid(frame);
            } finally {
                ctx.handled = saved;
            }
            throw e;
        } catch (ReturnException | BreakException | ContinueException e) {
            finalbody.executeVoid(frame);
            throw e;
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            throw e;
        }
        finalbody.executeVoid(frame);
    }
}
