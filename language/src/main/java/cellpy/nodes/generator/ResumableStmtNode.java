package cellpy.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.StmtNode;
import cellpy.nodes.WriteNameNode;
import cellpy.nodes.statement.AssignNode;
import cellpy.nodes.statement.ExprStmtNode;

/**
 * A simple statement with yields in it ({@code x = yield v}): resuming executes it again, its yields
 * and {@link SpillNode operands} giving what they gave before, until the yield being resumed. The
 * common forms, {@code yield v} and {@code x = yield v} (and the same with {@code yield from}),
 * suspend by returning; any other form suspends by the {@link YieldException} of the yield inside.
 */
public final class ResumableStmtNode extends GenStmtNode {
    @Child private StmtNode inner;
    /** The statement's own yield when it is {@code yield v} or {@code targets = yield v}, else null. */
    private final YieldNode yield;
    /** The same for {@code yield from} (kept apart from {@link #yield}: direct calls, no interface dispatch). */
    private final YieldFromNode yieldFrom;
    /** The assignment of {@code targets = yield v}, else null. */
    private final AssignNode assign;
    /** The same when the target is a local or cell variable ({@code x = yield v}, the usual coroutine form). */
    private final WriteNameNode write;

    /** {@code yields}: how many yields the statement holds. */
    public ResumableStmtNode(StmtNode inner, int yields) {
        this.inner = inner;
        Object own = null;
        AssignNode a = null;
        WriteNameNode w = null;
        if (inner instanceof ExprStmtNode e) {
            own = e.getExpr();
        } else if (inner instanceof AssignNode as) {
            own = as.getValue();
            a = as;
        } else if (inner instanceof WriteNameNode wn) {
            own = wn.getValue();
            w = wn;
        }
        this.yield = own instanceof YieldNode y ? y : null;
        this.yieldFrom = own instanceof YieldFromNode y ? y : null;
        boolean ownYield = yield != null || yieldFrom != null;
        this.assign = ownYield ? a : null;
        this.write = ownYield ? w : null;
        if (yield != null && yields == 1) {
            yield.setAlone();
        }
    }

    @Override
    public boolean executeGen(VirtualFrame frame) {
        try {
            if (yield != null || yieldFrom != null) {
                if (write != null && yield != null && yield.isAlone() && yield.resuming(frame)) {
                    yield.resumeInto(frame, write);
                    return false;
                }
                Object r = yield != null ? yield.evaluate(frame) : yieldFrom.evaluate(frame);
                if (r == YieldNode.SUSPEND) {
                    return true;
                }
                if (assign != null) {
                    assign.assignTargets(frame, r);
                } else if (write != null) {
                    write.store(frame, r);
                }
            } else {
                inner.executeVoid(frame);
            }
        } catch (YieldException y) {
            return true;
        }
        return false;
    }
}
