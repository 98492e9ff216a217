package cellpy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

/**
 * The body of a Truffle loop for a generator's {@code while} or {@code for} with a yield inside:
 * one iteration per call, returning {@link #CONTINUE_LOOP_STATUS} to go on, {@link #FINISHED} when
 * the loop ran out (its {@code else} block runs), {@link #BROKE} after a {@code break}, or
 * {@link #SUSPENDED} at a yield. The statuses are shared with {@link PlainLoopNode}.
 */
public abstract class LoopBody extends Node implements RepeatingNode {
    public static final Object FINISHED = new Object();
    public static final Object BROKE = new Object();
    /** A generator's loop: the body suspended at a yield (the loop resumes there next time). */
    public static final Object SUSPENDED = new Object();

    @Override
    public final boolean executeRepeating(VirtualFrame frame) {
        throw new UnsupportedOperationException("loop bodies return a status");
    }

    @Override
    public final Object initialLoopStatus() {
        return CONTINUE_LOOP_STATUS;
    }

    @Override
    public final boolean shouldContinue(Object returnValue) {
        return returnValue == CONTINUE_LOOP_STATUS;
    }
}
