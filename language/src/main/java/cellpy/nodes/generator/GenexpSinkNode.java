package cellpy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.nodes.expression.AddNode;
import cellpy.nodes.expression.AddNodeGen;
import cellpy.nodes.expression.BinaryNode;
import cellpy.nodes.expression.GtNodeGen;
import cellpy.nodes.expression.LtNodeGen;
import cellpy.nodes.expression.IsTrueNode;
import cellpy.nodes.expression.IsTrueNodeGen;
import cellpy.runtime.PException;
import cellpy.runtime.PList;
import cellpy.runtime.PSet;

/**
 * The innermost point of an inlined generator expression consumed by a built-in (see
 * {@link InlinedGenexpCallNode}): the expression's value goes into the result the built-in builds
 * in a frame slot, as the built-in would take it: appended for {@code list}, {@code tuple} and
 * {@code sorted}, put in the set for {@code set}, added with the language's {@code +} for
 * {@code sum} (an int total unboxed in a long slot), tested for {@code any}/{@code all}, which
 * stop the expression at the first deciding value, kept when better for {@code min}/{@code max}.
 * An error of {@code +}, of a comparison, of a hash or of a truth test is the built-in's, outside
 * the expression's frame.
 */
public final class GenexpSinkNode extends StmtNode {
    public static final int LIST = 0;
    public static final int SUM = 1;
    public static final int ANY = 2;
    public static final int ALL = 3;
    public static final int MIN = 4;
    public static final int MAX = 5;
    public static final int SET = 6;

    @Child private ExprNode element;
    private final int kind;
    private final int accSlot;
    @Child private AddNode add;
    @Child private IsTrueNode isTrue;
    /** min: {@code <}, max: {@code >}, applied as (value, best so far), as the built-ins do. */
    @Child private BinaryNode better;

    public GenexpSinkNode(int kind, int accSlot, ExprNode element) {
        this.element = element;
        this.kind = kind;
        this.accSlot = accSlot;
        if (kind == SUM) {
            add = AddNodeGen.create(null, null);
        } else if (kind != LIST && kind != SET) {
            isTrue = IsTrueNodeGen.create(null);
            if (kind == MIN) {
                better = LtNodeGen.create(null, null);
            } else if (kind == MAX) {
                better = GtNodeGen.create(null, null);
            }
        }
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object value = element.executeGeneric(frame);
        try {
            if (kind == LIST) {
                append((PList) frame.getObject(accSlot), value);
            } else if (kind == SET) {
                putIn((PSet) frame.getObject(accSlot), value);
            } else if (kind == SUM) {
                addToSum(frame, value);
            } else if (kind == MIN || kind == MAX) {
                Object best = frame.getObject(accSlot);
                if (best == null || isTrue.execute(better.executeEvaluated(frame, value, best))) {
                    frame.setObject(accSlot, value);
                }
            } else if (isTrue.execute(value) == (kind == ANY)) {
                throw GenexpStopException.INSTANCE;
            }
        } catch (PException e) {
            throw GenexpConsumerException.raisedBy(this, e);
        }
    }

    private void addToSum(VirtualFrame frame, Object value) {
        if (frame.isLong(accSlot) && value instanceof Long v) {
            try {
                frame.setLong(accSlot, add.executeLong(frame, frame.getLong(accSlot), v));
            } catch (UnexpectedResultException e) {
                frame.setObject(accSlot, e.getResult());
            }
            return;
        }
        Object acc = frame.isLong(accSlot) ? (Object) frame.getLong(accSlot) : frame.getObject(accSlot);
        Object sum = add.executeEvaluated(frame, acc, value);
        if (sum instanceof Long l) {
            frame.setLong(accSlot, l);
        } else {
            frame.setObject(accSlot, sum);
        }
    }

    @TruffleBoundary(allowInlining = true)
    private static void append(PList list, Object value) {
        list.add(value);
    }

    @TruffleBoundary
    private static void putIn(PSet set, Object value) {
        set.add(value);
    }
}
