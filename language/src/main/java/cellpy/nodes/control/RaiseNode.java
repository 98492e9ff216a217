package cellpy.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.CellpyContext;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.Calls;
import cellpy.runtime.PBaseException;
import cellpy.runtime.PException;
import cellpy.runtime.PNone;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyType;

/**
 * {@code raise}, {@code raise exc}, {@code raise exc from cause}. A class is instantiated with no
 * arguments; a bare raise re-raises the exception being handled.
 */
public final class RaiseNode extends StmtNode {
    @Child private ExprNode exc;
    @Child private ExprNode cause;

    public RaiseNode(ExprNode exc, ExprNode cause) {
        this.exc = exc;
        this.cause = cause;
    }

    /**
     * Compiled code raises without leaving for the interpreter: a loop that raises and catches now
     * and then (a {@code try} around a rare error) stays in its compiled code, where a
     * deoptimization per raise cost 10-15 us and the rest of the loop ran interpreted until the
     * next on-stack replacement.
     */
    @Override
    public void executeVoid(VirtualFrame frame) {
        if (exc == null) {
            PException handled = CellpyContext.get(this).handled;
            if (handled == null) {
                throw PyErrors.runtimeError("No active exception to reraise");
            }
            handled.getValue().pendingLine = -1;
            throw handled;
        }
        PBaseException value = toException(exc.executeGeneric(frame), "exceptions must derive from BaseException");
        if (cause != null) {
            Object c = cause.executeGeneric(frame);
            value.cause = c == PNone.NONE ? null
                            : toException(c, "exception causes must derive from BaseException");
            value.suppressContext = true;
        }
        throw raise(value);
    }

    @TruffleBoundary
    private static PException raise(PBaseException value) {
        value.pendingLine = -1;
        return new PException(value);
    }

    @TruffleBoundary
    static PBaseException toException(Object v, String error) {
        if (v instanceof PyType t && t.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
            v = Calls.call(t);
        }
        if (v instanceof PBaseException e) {
            return e;
        }
        throw PyErrors.typeError(error);
    }
}
