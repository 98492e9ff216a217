package cellpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.nodes.control.ForNextNode;
import cellpy.nodes.generator.InlinedGenexpNode;

/**
 * A list, set or dict comprehension run in the enclosing function's frame instead of as a call of
 * its own function ({@link ComprehensionNode}), as CPython 3.12 does it (PEP 709) but keeping what
 * 3.11 shows: the leftmost iterable is evaluated and its iterator taken here, and an exception
 * from the comprehension has its {@code <listcomp>} frame in the traceback. The loops, with the
 * comprehension's own names in slots of this frame, are an {@link InlinedGenexpNode} whose
 * innermost point adds to the result in {@link #resultSlot}.
 *
 * <p>Why: in the interpreter the call made a function object and a frame for each evaluation,
 * and compiled code that does not inline the call (a first tier) called it; a comprehension in a
 * loop (a list of ten built 100000 times) ran 2x slower than PyPy steady, and its first
 * repetition 8x slower than CPython.
 */
public final class InlinedComprehensionNode extends ExprNode {
    @Child private ExprNode leftmostIterable;
    @Child private ComprehensionInitNode init;
    @Child private InlinedGenexpNode loops;
    private final int resultSlot;

    public InlinedComprehensionNode(ExprNode leftmostIterable, ComprehensionInitNode init, InlinedGenexpNode loops,
                    int resultSlot) {
        this.leftmostIterable = leftmostIterable;
        this.init = init;
        this.loops = loops;
        this.resultSlot = resultSlot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object source = ForNextNode.source(leftmostIterable.executeGeneric(frame));
        init.executeVoid(frame);
        try {
            loops.run(frame, source);
            return frame.getObject(resultSlot);
        } finally {
            frame.clear(resultSlot);
        }
    }
}
