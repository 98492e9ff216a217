package cellpy.runtime;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;

/**
 * A generator: the materialized frame of its function's activation plus where it stands. Nodes of
 * the body keep their resume points in slots of {@link #frame}; resuming calls the code's
 * generator-body call target with this object. {@link #sent} and {@link #thrown} carry what
 * {@code send}/{@code throw} deliver to the suspended {@code yield}.
 */
public final class PGenerator extends PIterator {
    public final PCode code;
    public String name;
    public String qualname;
    public final MaterializedFrame frame;
    public final CallTarget resume;
    /**
     * {@link #CREATED}, {@link #SUSPENDED}, {@link #RUNNING} or {@link #FINISHED}: one field, so that
     * a resume tests one load where three flags took three (a loop over a generator on the heap
     * tests it on every item).
     */
    public byte state = CREATED;
    /** Made, its body not yet run. */
    public static final byte CREATED = 0;
    /** Suspended at a yield. */
    public static final byte SUSPENDED = 1;
    /** Its body is running (a resume from inside it is an error). */
    public static final byte RUNNING = 2;
    /** Returned or raised: every resume from now on finds it exhausted. */
    public static final byte FINISHED = 3;
    /**
     * Value for the suspended yield to return on resume. None except between a {@code send} of
     * another value and the yield that takes it, which puts None back: a plain resume ({@code for},
     * {@code next}) then writes nothing here (a store and a card mark per item on the heap).
     */
    public Object sent = PNone.NONE;
    /**
     * A sent int, unboxed, while {@link #sentIsLong}: delivering it stores two primitive fields, where
     * a boxed value stored into {@link #sent} (and None stored back by the yield taking it) made the
     * box escape and cost two reference stores with their card marks, on every {@code send} of an
     * int into a generator on the heap.
     */
    public long sentLong;
    public boolean sentIsLong;
    /** Exception for the suspended yield to raise on resume, or null; the yield that raises it clears it. */
    public PException thrown;
    /**
     * The value of the last yield. The resume target returns only TRUE (yielded) or FALSE (finished),
     * so the call's return-type profile stays monomorphic whatever the generator yields.
     */
    public Object yielded;
    /** The value of the {@code return} that ended the generator (StopIteration.value). */
    public Object returnValue = PNone.NONE;
    /** Line of the yield the generator is suspended at ({@code gi_frame.f_lineno}). */
    public int line;

    /**
     * After an exception left the body: no longer running. The body marked the generator finished
     * if the exception was the program's; anything else leaves it suspended where it was.
     */
    public void left() {
        if (state == RUNNING) {
            state = SUSPENDED;
        }
    }

    /** Delivers {@code v} (not None) to the yield the generator is suspended at (see {@link #sentLong}). */
    public void putSent(Object v) {
        if (v instanceof Long l) {
            sentLong = l;
            sentIsLong = true;
        } else {
            sent = v;
        }
    }

    /** The value sent to the yield being resumed (None for a plain resume), taken: both fields left empty. */
    public Object takeSent() {
        if (sentIsLong) {
            return (Object) takeSentLong();
        }
        Object v = sent;
        if (v != PNone.NONE) {
            sent = PNone.NONE;
        }
        return v;
    }

    /** The sent int, taken; only while {@link #sentIsLong}. */
    public long takeSentLong() {
        sentIsLong = false;
        return sentLong;
    }

    /**
     * The value just yielded, taken: the field is cleared so it holds no value between resumes.
     * In compiled code that lets a boxed value travel from the generator's yield to its consumer
     * without being allocated: a field still holding it at the consuming loop's back edge would
     * make partial escape analysis allocate every box.
     */
    public Object takeYielded() {
        Object v = takeYieldedRaw();
        return v == YIELDED_LONG ? (Object) yieldedLong : v;
    }

    /**
     * {@link #yielded} when the value yielded is an int, kept unboxed in {@link #yieldedLong}. A
     * loop that consumes the generator ({@code for v in gen}) boxes it right where it stores it,
     * so in compiled code the box never meets another value and is never allocated; a box made at
     * the yield would meet the resume's "finished" result (null) on the way and be allocated.
     */
    public static final Object YIELDED_LONG = new Object();

    /** The int just yielded, when {@link #yielded} is {@link #YIELDED_LONG}. */
    public long yieldedLong;

    /** The value just yielded, taken, as stored: {@link #YIELDED_LONG} stands for {@link #yieldedLong}. */
    public Object takeYieldedRaw() {
        Object v = yielded;
        if (v != YIELDED_LONG) {
            // the marker holds no value: left in place, a resume of a generator on the heap
            // stores nothing here after its yield stored the marker
            yielded = null;
        }
        return v;
    }

    public PGenerator(PFunction function, MaterializedFrame frame, CallTarget resume) {
        this.code = function.code;
        this.name = function.name;
        this.qualname = function.qualname;
        this.frame = frame;
        this.resume = resume;
        this.line = function.code.firstLine;
    }

    /** The next yielded value, or null once finished (the uncached resume). */
    @Override
    public Object next() {
        Object v = GeneratorOps.resume(this, PNone.NONE, null);
        if (v == null) {
            returnValue = PNone.NONE; // the consumer's StopIteration took it
        }
        return v;
    }

    /** {@code next(gen)}: StopIteration carries the return value when the body returned one. */
    @Override
    public Object nextOrStop() {
        return GeneratorOps.send(this, PNone.NONE);
    }

    @Override
    public String typeName() {
        return "generator";
    }

    @Override
    public String repr() {
        return "<generator object " + qualname + " at " + PyObjects.address(this) + ">";
    }
}
