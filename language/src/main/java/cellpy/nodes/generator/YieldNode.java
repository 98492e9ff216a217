package cellpy.nodes.generator;

import com.oracle.truffle.api.nodes.UnexpectedResultException;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.runtime.PException;
import cellpy.runtime.PGenerator;
import cellpy.runtime.PNone;

/**
 * {@code yield value}. Its resume point: 0 not reached, 1 suspended here, 2 resumed (the sent
 * value kept in a slot, so re-evaluating the enclosing statement after a later yield in it sees
 * the same value). The statement that contains it resets the point when it completes.
 */
public final class YieldNode extends ExprNode {
    static final int SUSPENDED = 1;
    static final int RESUMED = 2;

    @Child private ExprNode value;
    private final int stateSlot;
    private final int valueSlot;
    private final int generatorSlot;
    private final int line;

    public YieldNode(ExprNode value, int stateSlot, int valueSlot, int generatorSlot, int line) {
        this.value = value;
        this.stateSlot = stateSlot;
        this.valueSlot = valueSlot;
        this.generatorSlot = generatorSlot;
        this.line = line;
    }

    public int getStateSlot() {
        return stateSlot;
    }

    /** What {@link #evaluate} returns when the generator suspends here. */
    public static final Object SUSPEND = new Object();

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object r = evaluate(frame);
        if (r == SUSPEND) {
            throw YieldException.INSTANCE;
        }
        return r;
    }

    /**
     * The yield's value on resumption (the sent value), or {@link #SUSPEND} after storing the
     * yielded value in the generator: statement-level yields suspend by returning.
     */
    public Object evaluate(VirtualFrame frame) {
        return evaluate(frame, false);
    }

    /**
     * As {@link #evaluate(VirtualFrame)}; {@code alone} says the enclosing statement holds no other
     * yield, so once resumed it completes without evaluating this yield again: the resume point
     * goes straight back to 0 and the sent value need not be kept (two stores fewer per resume).
     */
    public Object evaluate(VirtualFrame frame, boolean alone) {
        int state = GenState.get(frame, stateSlot);
        if (state == RESUMED) {
            return frame.getObjectStatic(valueSlot);
        }
        PGenerator gen = (PGenerator) frame.getObjectStatic(generatorSlot);
        if (state == SUSPENDED) {
            PException t = gen.thrown;
            if (t != null) {
                gen.thrown = null;
                GenState.set(frame, stateSlot, 0);
                throw t;
            }
            Object sent = gen.sent;
            if (alone) {
                GenState.set(frame, stateSlot, 0);
                return sent;
            }
            GenState.set(frame, stateSlot, RESUMED);
            frame.setObjectStatic(valueSlot, sent);
            return sent;
        }
        if (value != null && onlyLongs) {
            try {
                gen.yieldedLong = value.executeLong(frame);
                return suspendWith(frame, gen, PGenerator.YIELDED_LONG);
            } catch (UnexpectedResultException e) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                onlyLongs = false;
                return suspendWith(frame, gen, e.getResult());
            }
        }
        return suspendWith(frame, gen, value == null ? PNone.NONE : value.executeGeneric(frame));
    }

    /** Every value so far was an int: they are handed over unboxed ({@link PGenerator#YIELDED_LONG}). */
    @CompilationFinal private boolean onlyLongs = true;

    private Object suspendWith(VirtualFrame frame, PGenerator gen, Object v) {
        GenState.set(frame, stateSlot, SUSPENDED);
        gen.line = line;
        gen.yielded = v;
        return SUSPEND;
    }
}
