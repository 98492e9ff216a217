package cellpy.nodes.generator;

import com.oracle.truffle.api.nodes.ControlFlowException;
import cellpy.runtime.PException;

/**
 * A Python exception raised by the consumer of an inlined generator expression (the body of its
 * {@code for}, or the {@code +} of its {@code sum}), carried out through the expression's loops
 * to {@link InlinedGenexpNode}, which throws it on as it was. Wrapped, it passes the loops'
 * blocks without taking their line and is told apart from one raised by the expression itself,
 * which gets the expression's {@code <genexpr>} frame in its traceback.
 */
final class GenexpConsumerException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    final PException exception;

    GenexpConsumerException(PException exception) {
        this.exception = exception;
    }
}
