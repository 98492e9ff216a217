package cellpy.nodes.generator;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * The consumer of an inlined generator expression is done before the expression is: a
 * {@code break} in the body of its {@code for} (which would otherwise stop only the innermost of
 * the expression's loops), or {@code any}/{@code all} decided. One instance: it carries nothing.
 */
final class GenexpStopException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    static final GenexpStopException INSTANCE = new GenexpStopException();
}
