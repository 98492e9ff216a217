package cellpy.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

/**
 * The body of a Truffle loop for a Python {@code while} or {@code for}: one iteration per call,
 * returning {@link #CONTINUE_LOOP_STATUS} to go on, {@link #FINISHED} when the loop ran out (its
 * {@code else} block runs), {@link #BROKE} after a {@code break} or, in a generator,
 * {@link #SUSPENDED} at a yield.
 */
public abstract class LoopBody extends Node implements RepeatingNode {
    public static final Object FINISHED = new Object();
    public static final Object BROKE = new Object();
    /** A generator's loop: the body suspended at a yield (the loop resumes there next time). */
    public static final Object SUSPENDED = new Object();

    /** Slots of the loop's iteration locals (see cellpy.translate.IterationLocals); may be empty. */
    @CompilationFinal(dimensions = 1) private final int[] iterationSlots;

    protected LoopBody() {
        this(new int[0]);
    }

    protected LoopBody(int[] iterationSlots) {
        this.iterationSlots = iterationSlots;
    }

    /**
     * Clears the iteration locals at the end of an iteration: their values are dead there, and a
     * value kept across the back edge of a compiled loop (a closure, say) would be allocated.
     */
    @ExplodeLoop
    protected final void clearIterationLocals(VirtualFrame frame) {
        for (int slot : iterationSlots) {
            frame.clear(slot);
        }
    }

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
