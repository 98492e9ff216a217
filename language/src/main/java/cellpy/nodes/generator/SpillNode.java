package cellpy.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;

/**
 * An operand that a statement in a generator evaluates before one of its yields, as {@code f()} in
 * {@code x = f() + (yield)}. Resuming re-executes the statement (see {@link ResumableStmtNode}), and
 * CPython would not evaluate the operand again: it waits on the frame's value stack. So its value is
 * kept in a static slot beside a {@link GenState} word (1 once kept), which the statement resets
 * with its yields' when it completes. Costs a load and a test per evaluation, and only in
 * statements that hold a yield inside a larger expression.
 */
public final class SpillNode extends ExprNode {
    @Child private ExprNode value;
    private final int keptSlot;
    private final int valueSlot;

    public SpillNode(ExprNode value, int keptSlot, int valueSlot) {
        this.value = value;
        this.keptSlot = keptSlot;
        this.valueSlot = valueSlot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        if (GenState.get(frame, keptSlot) != 0) {
            return frame.getObjectStatic(valueSlot);
        }
        Object v = value.executeGeneric(frame);
        keep(frame, keptSlot, valueSlot, v);
        return v;
    }

    /**
     * Whether a value is kept (for nodes that keep an intermediate value themselves): the kept
     * slot is a {@link GenState} word, below 0 when the node keeps nothing.
     */
    public static boolean isKept(VirtualFrame frame, int keptSlot) {
        return keptSlot >= 0 && GenState.get(frame, keptSlot) != 0;
    }

    /** Keeps {@code v} in the (static) value slot when there is a kept slot. */
    public static void keep(VirtualFrame frame, int keptSlot, int valueSlot, Object v) {
        if (keptSlot >= 0) {
            frame.setObjectStatic(valueSlot, v);
            GenState.set(frame, keptSlot, 1);
        }
    }
}
