package cellpy.nodes.generator;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Suspends the generator body, carrying the yielded value to the resume call. */
public final class YieldException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final Object value;

    public YieldException(Object value) {
        this.value = value;
    }

    public Object getValue() {
        return value;
    }
}
