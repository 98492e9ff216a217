package cellpy.runtime;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;

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
        super(location);
        this.value = value;
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
