package cellpy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.RepeatingNode;
import cellpy.nodes.StmtNode;
import cellpy.nodes.control.BreakException;
import cellpy.nodes.control.ContinueException;
import cellpy.nodes.control.LoopBody;

/**
 * Running a generator's loop. Resuming into a loop's body runs that one pass of the body outside
 * the loop node, so the loop node itself always starts with the resume point at 0 (see
 * {@link GenState}) and its compiled body carries no resume tests. A generator that yields in every
 * iteration re-enters its loop on every resume, and in the interpreter entering a Truffle loop node
 * (its counters, its on-stack replacement checks, reporting the count on exit) cost about as much as
 * the iteration itself; so the interpreter runs the first two iterations of each entry directly and
 * hands the loop to the loop node only when it keeps going without yielding (where on-stack
 * replacement matters). Compiled code always uses the loop node.
 */
final class GenLoops {
    private static final int DIRECT_ITERATIONS = 2;

    private GenLoops() {
    }

    /** Runs the loop from its test (or next item); {@code resumeSlot} is written 0 for the compiler's sake. */
    static Object run(LoopNode loop, VirtualFrame frame, int resumeSlot) {
        // already 0 here; written, the loop's entry value is the constant that folds its resume tests
        GenState.set(frame, resumeSlot, 0);
        if (CompilerDirectives.inInterpreter()) {
            LoopBody body = (LoopBody) loop.getRepeatingNode();
            for (int k = 0; k < DIRECT_ITERATIONS; k++) {
                Object r = body.executeRepeatingWithValue(frame);
                if (r != RepeatingNode.CONTINUE_LOOP_STATUS) {
                    return r;
                }
            }
        }
        return loop.execute(frame);
    }

    /**
     * One pass of a generator loop's body: the loop status it leaves with (a suspension, a
     * {@code break}, or on to the next iteration).
     */
    static Object runBody(StmtNode body, VirtualFrame frame) {
        try {
            if (GenStmtNode.run(body, frame)) {
                return LoopBody.SUSPENDED;
            }
        } catch (YieldException y) {
            return LoopBody.SUSPENDED;
        } catch (ContinueException e) {
            // next iteration
        } catch (BreakException e) {
            return LoopBody.BROKE;
        }
        return RepeatingNode.CONTINUE_LOOP_STATUS;
    }
}
