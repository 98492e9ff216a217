package cellpy.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * An expression that can suspend its generator ({@code yield}, {@code yield from}). Evaluated by
 * the statement that holds it ({@code yield v}, {@code x = yield from g}), it suspends by returning
 * {@link YieldNode#SUSPEND} (the value already in {@code PGenerator.yielded}); evaluated inside a
 * larger expression, it throws {@link YieldException} instead.
 */
public interface Suspending {
    Object evaluate(VirtualFrame frame);
}
