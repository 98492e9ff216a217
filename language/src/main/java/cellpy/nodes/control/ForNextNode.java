package cellpy.nodes.control;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.dsl.Cached;
import cellpy.nodes.generator.GeneratorResumeNode;
import cellpy.nodes.AssignTargetNode;
import cellpy.runtime.Iterators;
import cellpy.runtime.PGenerator;
import cellpy.runtime.PList;
import cellpy.runtime.PNone;
import cellpy.runtime.PRange;
import cellpy.runtime.PyObjects;

/**
 * The next value of a {@code for} loop, or null when done. Ranges and lists are walked by an index
 * kept in a long frame slot, with no iterator object and no boxing of the counter; anything else
 * goes through its iterator.
 */
public abstract class ForNextNode extends Node {
    protected final int indexSlot;

    protected ForNextNode(int indexSlot) {
        this.indexSlot = indexSlot;
    }

    public abstract Object execute(VirtualFrame frame, Object source);

    /**
     * What a loop walks: a range or list itself (by index, as their iterators would, seeing a list
     * grow or shrink), else the iterable's iterator.
     */
    public static Object source(Object iterable) {
        return (iterable instanceof PRange || iterable instanceof PList) ? iterable : PyObjects.iter(iterable);
    }

    /**
     * Assigns a value {@link #execute} returned to the loop's target. A generator's int comes
     * unboxed ({@link PGenerator#YIELDED_LONG}) and is boxed here, right at the store, where
     * compiled code unboxes it again: the box is never allocated.
     */
    public static void assign(AssignTargetNode target, VirtualFrame frame, Object source, Object v) {
        if (v == PGenerator.YIELDED_LONG) {
            target.assign(frame, (Object) ((PGenerator) source).yieldedLong);
        } else {
            target.assign(frame, v);
        }
    }

    /** Starts a loop over {@code iterable}: its source in {@code sourceSlot}, index 0 in {@code indexSlot}. */
    public static void begin(VirtualFrame frame, Object iterable, int sourceSlot, int indexSlot) {
        Object source = source(iterable);
        frame.getFrameDescriptor().setSlotKind(indexSlot, FrameSlotKind.Long);
        frame.setObject(sourceSlot, source);
        frame.setLong(indexSlot, 0);
    }

    @Specialization
    protected Object doRange(VirtualFrame frame, PRange range) {
        long i = frame.getLong(indexSlot);
        if (i >= range.length()) {
            return null;
        }
        frame.setLong(indexSlot, i + 1);
        return range.start + i * range.step;
    }

    @Specialization
    protected Object doList(VirtualFrame frame, PList list) {
        long i = frame.getLong(indexSlot);
        if (i >= list.size()) {
            return null;
        }
        frame.setLong(indexSlot, i + 1);
        return list.get((int) i);
    }

    @Specialization
    protected Object doGenerator(PGenerator gen,
                    @Cached("createRaw()") GeneratorResumeNode resume) {
        Object v = resume.execute(gen, PNone.NONE);
        if (v == null) {
            gen.returnValue = PNone.NONE; // the loop's StopIteration took it
        }
        return v;
    }

    /** The iterator of a range, as a generator expression's {@code .0} usually is: no boundary, no boxing. */
    @Specialization
    protected static Object doRangeIter(Iterators.RangeIter it) {
        return it.hasNextLong() ? (Object) it.nextLong() : null;
    }

    @Specialization
    protected static Object doListIter(Iterators.ListIter it) {
        return it.next();
    }

    @Specialization(replaces = {"doRange", "doList", "doGenerator", "doRangeIter", "doListIter"})
    protected Object doIterator(VirtualFrame frame, Object iterator) {
        if (iterator instanceof PRange || iterator instanceof PList) {
            return iterator instanceof PRange r ? doRange(frame, r) : doList(frame, (PList) iterator);
        }
        return PyObjects.next(iterator);
    }
}
