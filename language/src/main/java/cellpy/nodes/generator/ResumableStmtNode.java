package cellpy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import cellpy.nodes.StmtNode;
import cellpy.nodes.statement.AssignNode;
import cellpy.nodes.statement.ExprStmtNode;

/**
 * A simple statement with yields in it ({@code x = yield v}): resuming re-executes it, its yields
 * returning their sent values; once it completes (or leaves by anything but a yield) their resume
 * points are reset. The common forms, {@code yield v} and {@code x = yield v} (and the same with
 * {@code yield from}), suspend by returning; any other form suspends by the
 * {@link YieldException} of the yield inside.
 */
public final class ResumableStmtNode extends GenStmtNode {
    @Child private StmtNode inner;
    @CompilationFinal(dimensions = 1) private final int[] yieldSlots;
    /** The statement's own yield when it is {@code yield v} or {@code targets = yield v}, else null. */
    private final YieldNode yield;
    /** The same for {@code yield from} (kept apart from {@link #yield}: direct calls, no interface dispatch). */
    private final YieldFromNode yieldFrom;
    /** The assignment of {@code targets = yield v}, else null. */
    private final AssignNode assign;

    public ResumableStmtNode(StmtNode inner, int[] yieldSlots) {
        this.inner = inner;
        this.yieldSlots = yieldSlots;
        Object own = null;
        AssignNode a = null;
        if (inner instanceof ExprStmtNode e) {
            own = e.getExpr();
        } else if (inner instanceof AssignNode as) {
            own = as.getValue();
            a = as;
        }
        this.yield = own instanceof YieldNode y ? y : null;
        this.yieldFrom = own instanceof YieldFromNode y ? y : null;
        this.assign = yield != null || yieldFrom != null ? a : null;
        this.alone = yield != null && yieldSlots.length == 1;
    }

    /** The statement's own {@code yield} is its only one: resumed, it resets its own point. */
    private final boolean alone;

    @Override
    public boolean executeGen(VirtualFrame frame) {
        try {
            if (alone) {
                Object r = yield.evaluate(frame, true);
                if (r == YieldNode.SUSPEND) {
                    return true;
                }
                if (assign != null) {
                    assign.assignTargets(frame, r);
                }
                return false; // the yield's point is back at 0 already
            } else if (yield != null || yieldFrom != null) {
                Object r = yield != null ? yield.evaluate(frame) : yieldFrom.evaluate(frame);
                if (r == YieldNode.SUSPEND) {
                    return true;
                }
                if (assign != null) {
                    assign.assignTargets(frame, r);
                }
            } else {
                inner.executeVoid(frame);
            }
        } catch (YieldException y) {
            return true;
        } catch (Throwable t) {
            reset(frame, yieldSlots);
            throw t;
        }
        reset(frame, yieldSlots);
        return false;
    }

    @ExplodeLoop
    static void reset(VirtualFrame frame, int[] slots) {
        for (int s : slots) {
            GenState.set(frame, s, 0);
        }
    }
}
