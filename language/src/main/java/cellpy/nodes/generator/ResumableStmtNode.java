package cellpy.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import cellpy.nodes.StmtNode;

/**
 * A simple statement with yields in it ({@code x = yield v}): resuming re-executes it, its yields
 * returning their sent values; once it completes (or leaves by anything but a yield) their resume
 * points are reset.
 */
public final class ResumableStmtNode extends StmtNode {
    @Child private StmtNode inner;
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] yieldSlots;

    public ResumableStmtNode(StmtNode inner, int[] yieldSlots) {
        this.inner = inner;
        this.yieldSlots = yieldSlots;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            inner.executeVoid(frame);
        } catch (YieldException y) {
            throw y;
        } catch (Throwable t) {
            reset(frame, yieldSlots);
            throw t;
        }
        reset(frame, yieldSlots);
    }

    @ExplodeLoop
    static void reset(VirtualFrame frame, int[] slots) {
        for (int s : slots) {
            GenState.set(frame, s, 0);
        }
    }
}
