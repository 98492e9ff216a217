package cellpy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.Node;
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
    /** The expression whose consumer raised it; expressions feeding that one pass it on. */
    final InlinedGenexpNode owner;

    private GenexpConsumerException(PException exception, InlinedGenexpNode owner) {
        this.exception = exception;
        this.owner = owner;
    }

    /**
     * {@code exception} raised by {@code consumer}, wrapped for the expression it consumes: the
     * nearest one around it, not counting those (feeding expressions, see NestedGenexpNode)
     * whose consumer is between them.
     */
    @TruffleBoundary
    static GenexpConsumerException raisedBy(Node consumer, PException exception) {
        int skip = 0;
        for (Node n = consumer.getParent();; n = n.getParent()) {
            if (n instanceof GenexpForBodyNode) {
                skip++;
            } else if (n instanceof InlinedGenexpNode owner) {
                if (skip == 0) {
                    return new GenexpConsumerException(exception, owner);
                }
                skip--;
            }
        }
    }
}
