package cellpy.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** {@code return value}: caught by the function's root; Graal folds it into a plain return when inlined. */
public final class ReturnException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final Object value;

    public ReturnException(Object value) {
        this.value = value;
    }

    public Object getValue() {
        return value;
    }
}
