package cellpy.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.StmtNode;

/**
 * The first loop of an inlined generator expression whose leftmost iterable is itself a
 * generator expression, {@code (f(v) for v in (g(w) for w in ws))}: the inner expression runs
 * inlined too ({@link InlinedGenexpNode}) over the source the outer one was given, and its
 * consumer ({@link GenexpForBodyNode}) assigns the outer loop's target and runs the rest of the
 * outer expression. The consumer of the outer expression stopping it stops both.
 */
public final class NestedGenexpNode extends StmtNode {
    @Child private InlinedGenexpNode inner;
    private final int sourceSlot;

    public NestedGenexpNode(InlinedGenexpNode inner, int sourceSlot) {
        this.inner = inner;
        this.sourceSlot = sourceSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (inner.run(frame, frame.getObject(sourceSlot))) {
            throw GenexpStopException.INSTANCE;
        }
    }
}
