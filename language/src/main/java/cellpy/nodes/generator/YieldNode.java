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
 * {@code yield value}, resume point number {@link #id} (see {@link GenState}). Suspending stores the
 * value in the generator and the number in the resume slot; resuming finds the number there, puts
 * back 0 and evaluates to the sent value (or raises what {@code throw} delivered). A statement with
 * more than one yield is executed again on each resume: a yield it already passed then finds a later
 * number and gives the sent value it kept.
 */
public final class YieldNode extends ExprNode {
    @Child private ExprNode value;
    private final int id;
    /** The yields inside {@link #value} are numbered {@code valueAfter + 1 .. id - 1}. */
    private final int valueAfter;
    private final int resumeSlot;
    private final int valueSlot;
    private final int generatorSlot;
    private final int line;

    public YieldNode(ExprNode value, int id, int valueAfter, int resumeSlot, int valueSlot, int generatorSlot, int line) {
        this.value = value;
        this.id = id;
        this.valueAfter = valueAfter;
        this.resumeSlot = resumeSlot;
        this.valueSlot = valueSlot;
        this.generatorSlot = generatorSlot;
        this.line = line;
    }

    /** What {@link #evaluate} returns when the generator suspends here. */
    public static final Object SUSPEND = new Object();

    /**
     * The statement holding this yield holds no other: once resumed it completes without evaluating
     * the yield again, so the sent value need not be kept (a store less per resume).
     */
    @CompilationFinal private boolean alone;

    void setAlone() {
        this.alone = true;
    }

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
        int rp = GenState.get(frame, resumeSlot);
        if (rp != 0 && !GenState.in(rp, valueAfter, id - 1)) {
            if (rp != id) {
                return frame.getObjectStatic(valueSlot); // passed before the yield resumed now
            }
            GenState.set(frame, resumeSlot, 0);
            PGenerator gen = generator(frame, generatorSlot);
            PException t = gen.thrown;
            // a throw() into the generator is rare; at even odds (Graal has no profile here) every
            // other resume looked like one that ends the consumer's loop with an exception
            if (CompilerDirectives.injectBranchProbability(CompilerDirectives.SLOWPATH_PROBABILITY, t != null)) {
                gen.thrown = null;
                throw t;
            }
            Object sent = gen.takeSent();
            if (!alone) {
                frame.setObjectStatic(valueSlot, sent);
            }
            return sent;
        }
        PGenerator gen = generator(frame, generatorSlot);
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

    /** The generator of this body, from its slot. */
    static PGenerator generator(VirtualFrame frame, int generatorSlot) {
        return (PGenerator) frame.getObjectStatic(generatorSlot);
    }

    /** Every value so far was an int: they are handed over unboxed ({@link PGenerator#YIELDED_LONG}). */
    @CompilationFinal private boolean onlyLongs = true;

    private Object suspendWith(VirtualFrame frame, PGenerator gen, Object v) {
        GenState.set(frame, resumeSlot, id);
        gen.line = line;
        if (v != PGenerator.YIELDED_LONG || gen.yielded != v) {
            // the int marker usually is there still (see PGenerator.takeYieldedRaw): a load
            // instead of a store and its card mark for a generator on the heap
            gen.yielded = v;
        }
        return SUSPEND;
    }
}
