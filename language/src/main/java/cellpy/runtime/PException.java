package cellpy.runtime;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import cellpy.CellpyContext;

/**
 * The Java throwable for a raised Python exception: a Truffle exception so that the polyglot API
 * reports it as a guest error (never as an internal one) with Python's {@code Type: message}.
 */
public final class PException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final PBaseException value;

    public PException(PBaseException value) {
        this(value, null);
    }

    public PException(PBaseException value, Node location) {
        this(value, location, true);
    }

    private PException(PBaseException value, Node location, boolean chain) {
        super(location);
        this.value = value;
        if (chain) {
            setContext(value);
        }
    }

    /** Raises {@code value} without touching its context, as {@code gen.throw(exc)} does (PyErr_Restore). */
    public static PException restore(PBaseException value) {
        return new PException(value, null, false);
    }

    /**
     * Raising an exception while another is being handled makes that one its {@code __context__},
     * as CPython's {@code _PyErr_SetObject} does (breaking a cycle if the chain already holds it).
     * A bare {@code raise} re-throws the same PException and so leaves the context alone.
     */
    @TruffleBoundary
    private static void setContext(PBaseException value) {
        CellpyContext ctx;
        try {
            ctx = CellpyContext.get();
        } catch (RuntimeException | AssertionError e) {
            return;
        }
        if (ctx == null || ctx.handled == null) {
            return;
        }
        PBaseException handled = ctx.handled.getValue();
        if (handled == value) {
            return;
        }
        for (PBaseException o = handled; o != null; o = o.context) {
            if (o.context == value) {
                o.context = null;
                break;
            }
        }
        value.context = handled;
    }

    public PBaseException getValue() {
        return value;
    }

    public PyType getType() {
        return value.getType();
    }

    @Override
    public String getMessage() {
        return PyObjects.exceptionLine(value);
    }
}
