package cellpy.nodes.control;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.dsl.Cached;
import cellpy.nodes.generator.GeneratorOdds;
import cellpy.nodes.generator.GeneratorResumeNode;
import cellpy.nodes.AssignTargetNode;
import cellpy.nodes.call.CallDispatchNode;
import cellpy.nodes.intrinsic.NextValueNode;
import cellpy.runtime.BuiltinFn;
import cellpy.runtime.Iterators;
import cellpy.runtime.PTuple;
import cellpy.runtime.PGenerator;
import cellpy.runtime.PList;
import cellpy.runtime.PNone;
import cellpy.runtime.PRange;
import cellpy.runtime.PyObjects;

/**
 * Steps a {@code for} loop: assigns the next value to the loop's target and says whether there was
 * one. Ranges and lists are walked by an index kept in a long frame slot, with no iterator object
 * and no boxing of the counter; anything else goes through its iterator.
 *
 * <p>The value goes straight to the target rather than back to the loop: a returned value would
 * meet the "no more values" null in a phi, and Graal materializes a box that reaches a phi with a
 * non-virtual input. Assigned here, a range's or a generator's int is boxed only at the store,
 * which compiled code unboxes again: the box is never allocated (`for i in range(n): pass` went
 * from one allocation per iteration to none).
 */
public abstract class ForNextNode extends Node {
    protected final int indexSlot;
    @Child protected AssignTargetNode target;

    protected ForNextNode(int indexSlot, AssignTargetNode target) {
        this.indexSlot = indexSlot;
        this.target = target;
    }

    /** Assigns the next value to the target; false (nothing assigned) when the source is exhausted. */
    public abstract boolean execute(VirtualFrame frame, Object source);

    /**
     * What a loop walks: a range or list itself (by index, as their iterators would, seeing a list
     * grow or shrink), else the iterable's iterator.
     */
    public static Object source(Object iterable) {
        return (iterable instanceof PRange || iterable instanceof PList) ? iterable : PyObjects.iter(iterable);
    }

    /** Starts a loop over {@code iterable}: its source in {@code sourceSlot}, index 0 in {@code indexSlot}. */
    public static void begin(VirtualFrame frame, Object iterable, int sourceSlot, int indexSlot) {
        beginWithSource(frame, source(iterable), sourceSlot, indexSlot);
    }

    /**
     * Starts a loop over what {@link #source} made already: a comprehension's or generator
     * expression's hidden {@code .0}, whose iterator CPython takes once, where the expression is.
     */
    public static void beginWithSource(VirtualFrame frame, Object source, int sourceSlot, int indexSlot) {
        frame.getFrameDescriptor().setSlotKind(indexSlot, FrameSlotKind.Long);
        frame.setObject(sourceSlot, source);
        frame.setLong(indexSlot, 0);
    }

    @Specialization
    protected boolean doRange(VirtualFrame frame, PRange range) {
        long i = frame.getLong(indexSlot);
        if (i >= range.length()) {
            return false;
        }
        frame.setLong(indexSlot, i + 1);
        target.assign(frame, (Object) (range.start + i * range.step));
        return true;
    }

    @Specialization
    protected boolean doList(VirtualFrame frame, PList list) {
        long i = frame.getLong(indexSlot);
        if (i >= list.size()) {
            return false;
        }
        frame.setLong(indexSlot, i + 1);
        target.assign(frame, list.get((int) i));
        return true;
    }

    /**
     * A generator resumed in place. An int it yields comes unboxed ({@link PGenerator#YIELDED_LONG})
     * and is boxed only at the store.
     */
    @Specialization
    protected boolean doGenerator(VirtualFrame frame, PGenerator gen,
                    @Cached("createRaw()") GeneratorResumeNode resume) {
        Object v = resume.execute(gen, PNone.NONE);
        if (!GeneratorOdds.goesOn(v != null)) {
            gen.returnValue = PNone.NONE; // the loop's StopIteration took it
            return false;
        }
        if (v == PGenerator.YIELDED_LONG) {
            target.assign(frame, (Object) gen.yieldedLong);
        } else {
            target.assign(frame, v);
        }
        return true;
    }

    /** The iterator of a range, as a generator expression's {@code .0} usually is: no boundary, no boxing. */
    @Specialization
    protected boolean doRangeIter(VirtualFrame frame, Iterators.RangeIter it) {
        if (!it.hasNextLong()) {
            return false;
        }
        target.assign(frame, (Object) it.nextLong());
        return true;
    }

    @Specialization
    protected boolean doListIter(VirtualFrame frame, Iterators.ListIter it) {
        return assignNonNull(frame, it.next());
    }

    /**
     * {@code for i, x in enumerate(xs)}: the inner iterator stepped by a node, the count kept as a
     * long, and the pair made only here, after the test for the end, so it goes to the target
     * (usually unpacked at once) without being allocated.
     */
    @Specialization
    protected boolean doEnumerate(VirtualFrame frame, Iterators.EnumerateIter it,
                    @Cached NextValueNode inner) {
        if (it.exhausted) {
            return false;
        }
        Object v = inner.execute(it.inner);
        if (v == null) {
            it.exhausted = true;
            return false;
        }
        target.assign(frame, new PTuple(new Object[]{it.takeCount(), v}));
        return true;
    }

    /** {@code for a, b in zip(xs, ys)} over two iterables, as {@link #doEnumerate}. */
    @Specialization(guards = "it.iterators.length == 2")
    protected boolean doZip2(VirtualFrame frame, Iterators.ZipIter it,
                    @Cached NextValueNode first,
                    @Cached NextValueNode second) {
        if (it.exhausted) {
            return false;
        }
        Object a = first.execute(it.iterators[0]);
        if (a == null) {
            it.end(0);
            return false;
        }
        Object b = second.execute(it.iterators[1]);
        if (b == null) {
            it.end(1);
            return false;
        }
        target.assign(frame, new PTuple(new Object[]{a, b}));
        return true;
    }

    /**
     * {@code for y in map(f, xs)} over one iterable: {@code f} called through an inline cache, so a
     * lambda is inlined into the loop. Not through {@link NextValueNode#doMap1} as filter is: the
     * callback's result is often a fresh box, which returned through that node would meet the null
     * of "exhausted" and be allocated; assigned here, after the end test, it is not.
     */
    @Specialization(guards = "it.iterators.length == 1")
    protected boolean doMap1(VirtualFrame frame, Iterators.MapIter it,
                    @Cached NextValueNode inner,
                    @Cached CallDispatchNode call) {
        if (it.exhausted) {
            return false;
        }
        Object v = inner.execute(it.iterators[0]);
        if (v == null) {
            it.exhausted = true;
            return false;
        }
        target.assign(frame, call.execute(it.function, new Object[]{null, v}, BuiltinFn.NO_KW));
        return true;
    }

    /**
     * {@code for x in filter(f, xs)}: stepped by {@link NextValueNode} ({@code f} called through an
     * inline cache); its values are the inner iterator's, so returning them allocates nothing.
     */
    @Specialization
    protected boolean doFilter(VirtualFrame frame, Iterators.FilterIter it,
                    @Cached NextValueNode step) {
        return assignNonNull(frame, step.execute(it));
    }

    @Specialization(replaces = {"doRange", "doList", "doGenerator", "doRangeIter", "doListIter", "doEnumerate", "doZip2",
                    "doMap1", "doFilter"})
    protected boolean doIterator(VirtualFrame frame, Object iterator) {
        if (iterator instanceof PRange || iterator instanceof PList) {
            return iterator instanceof PRange r ? doRange(frame, r) : doList(frame, (PList) iterator);
        }
        return assignNonNull(frame, PyObjects.next(iterator));
    }

    private boolean assignNonNull(VirtualFrame frame, Object v) {
        if (v == null) {
            return false;
        }
        target.assign(frame, v);
        return true;
    }
}
