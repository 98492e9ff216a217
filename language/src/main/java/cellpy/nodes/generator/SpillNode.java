package cellpy.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;

/**
 * An operand that a statement in a generator evaluates before one of its yields, as {@code f()} in
 * {@code x = f() + (yield)}. Resuming executes the statement again (see {@link ResumableStmtNode}),
 * and CPython would not evaluate the operand again: it waits on the frame's value stack. So its value
 * is kept in a static slot, and while the generator is finding its way back to a yield (the resume
 * point is not 0, see {@link GenState}) the kept value is the operand's. Costs a load, a test and a
 * store per evaluation, and only in statements that hold a yield inside a larger expression.
 */
public final class SpillNode extends ExprNode {
    @Child private ExprNode value;
    private final int resumeSlot;
    private final int valueSlot;

    public SpillNode(ExprNode value, int resumeSlot, int valueSlot) {
        this.value = value;
        this.resumeSlot = resumeSlot;
        this.valueSlot = valueSlot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        if (isKept(frame, resumeSlot)) {
            return frame.getObjectStatic(valueSlot);
        }
        Object v = value.executeGeneric(frame);
        keep(frame, resumeSlot, valueSlot, v);
        return v;
    }

    /**
     * Whether a kept value stands for the operand (for nodes that keep an intermediate value
     * themselves): the generator is resuming; {@code resumeSlot} is below 0 for a node that keeps
     * nothing.
     */
    public static boolean isKept(VirtualFrame frame, int resumeSlot) {
        return resumeSlot >= 0 && GenState.get(frame, resumeSlot) != 0;
    }

    /** Keeps {@code v} in the (static) value slot when the node keeps values at all. */
    public static void keep(VirtualFrame frame, int resumeSlot, int valueSlot, Object v) {
        if (resumeSlot >= 0) {
            frame.setObjectStatic(valueSlot, v);
        }
    }
}
