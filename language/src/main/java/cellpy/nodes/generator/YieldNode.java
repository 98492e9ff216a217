package cellpy.nodes.generator;

import com.oracle.truffle.api.nodes.UnexpectedResultException;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.nodes.WriteNameNode;
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

    boolean isAlone() {
        return alone;
    }

    /** Whether the generator is being resumed; for a yield {@link #isAlone alone} in its statement, at this yield. */
    boolean resuming(VirtualFrame frame) {
        return GenState.get(frame, resumeSlot) != 0;
    }

    /**
     * Resumes this yield, alone in {@code x = yield v}: the sent value goes straight into
     * {@code x}, a sent int unboxed. Returned from {@link #evaluate}, the value met the suspend
     * result and the value kept for later yields of the statement on its way to the store, and
     * compiled code boxed a sent int there for the store to unbox.
     */
    void resumeInto(VirtualFrame frame, WriteNameNode write) {
        PGenerator gen = resumed(frame);
        if (gen.sentIsLong) {
            write.storeLong(frame, gen.takeSentLong());
        } else {
            write.store(frame, gen.takeSent());
        }
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
            Object sent = resumed(frame).takeSent();
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

    /**
     * Resumes at this yield: the resume point back to 0, and what {@code throw()} delivered raised
     * here. Returns the generator, its sent value still to take.
     */
    private PGenerator resumed(VirtualFrame frame) {
        GenState.set(frame, resumeSlot, 0);
        PGenerator gen = generator(frame, generatorSlot);
        PException t = gen.thrown;
        // a throw() into the generator is rare; at even odds (Graal has no profile here) every
        // other resume looked like one that ends the consumer's loop with an exception
        if (CompilerDirectives.injectBranchProbability(CompilerDirectives.SLOWPATH_PROBABILITY, t != null)) {
            gen.thrown = null;
            throw t;
        }
        return gen;
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
