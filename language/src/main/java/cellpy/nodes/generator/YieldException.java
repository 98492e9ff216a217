package cellpy.nodes.generator;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * Suspends the generator body from inside an expression ({@code f((yield x))}) or a plain parent
 * statement; the yielded value is already in {@code PGenerator.yielded}. Statement-level yields
 * return instead (see {@link GenStmtNode}).
 */
public final class YieldException extends ControlFlowException {
    private static final long serialVersionUID = 1L;

    /** Carries nothing, so one instance serves every suspension. */
    public static final YieldException INSTANCE = new YieldException();

    private YieldException() {
    }
}
