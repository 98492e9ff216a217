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
 * Running a generator's loop. A generator that yields in every iteration re-enters its loop on
 * every resume, and in the interpreter entering a Truffle loop node (its counters, its on-stack
 * replacement checks, reporting the count on exit) cost about as much as the iteration itself.
 * So the interpreter runs the first two iterations of each entry directly and hands the loop to
 * the loop node only when it keeps going without yielding (where on-stack replacement matters).
 * Compiled code always uses the loop node.
 */
final class GenLoops {
    private static final int DIRECT_ITERATIONS = 2;

    private GenLoops() {
    }

    static Object run(LoopNode loop, VirtualFrame frame) {
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
     * One pass of a generator loop's body, once the test passed or the next item was fetched and
     * the phase says "inside the body": the loop status it leaves with (a suspension, a
     * {@code break}, or on to the next iteration, the phase back at "testing").
     */
    static Object runBody(StmtNode body, VirtualFrame frame, int phaseSlot) {
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
        GenState.set(frame, phaseSlot, 1);
        return RepeatingNode.CONTINUE_LOOP_STATUS;
    }
}
