package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import cellpy.runtime.PDict;
import cellpy.runtime.PList;
import cellpy.runtime.PNone;
import cellpy.runtime.PSlice;
import cellpy.runtime.PyStr;
import cellpy.runtime.PTuple;
import cellpy.runtime.PyObjects;

/**
 * {@code obj[key]}, with fast paths for indexing a list or a tuple by an int in range, from either
 * end, a str by an int, a list, tuple or str by a plain slice, and for a dict. Everything else
 * (stepped slices, other containers, errors) goes through
 * {@link PyObjects#getItem}, behind a boundary: a tuple indexed in a hot closure
 * ({@code lambda env: env[i]}) paid that call on every read.
 */
public abstract class GetItemNode extends BinaryNode {
    @Specialization(guards = {"index >= 0", "index < list.size()"})
    protected Object doList(PList list, long index) {
        return list.get((int) index);
    }

    @Specialization(guards = {"index >= 0", "index < tuple.size()"})
    protected Object doTuple(PTuple tuple, long index) {
        return tuple.get((int) index);
    }

    @Specialization(guards = "fromEnd(index, tuple.size())")
    protected Object doTupleFromEnd(PTuple tuple, long index) {
        return tuple.get((int) (tuple.size() + index));
    }

    @Specialization(guards = "fromEnd(index, list.size())")
    protected Object doListFromEnd(PList list, long index) {
        return list.get((int) (list.size() + index));
    }

    /** A dict's value for an int key: looked up inline (see {@link PDict#findLong}). */
    @Specialization
    protected Object doDictLong(PDict dict, long key) {
        PDict.Entry e = dict.findLong(key);
        return e != null ? e.value : dict.item(key);
    }

    /** A dict's value for a str key: looked up inline. */
    @Specialization
    protected Object doDictStr(PDict dict, String key) {
        PDict.Entry e = dict.findStr(key);
        return e != null ? e.value : dict.item(key);
    }

    /** A dict's value: one lookup behind the dict's boundary instead of two (the generic path's and the dict's). */
    @Specialization(replaces = {"doDictLong", "doDictStr"})
    protected Object doDict(PDict dict, Object key) {
        return dict.item(key);
    }

    /** A str indexed by an int (see {@link PyStr#itemInline}). */
    @Specialization
    protected String doStr(String s, long index) {
        return PyStr.itemInline(s, index);
    }

    /**
     * {@code xs[a:b]}: the slice object of the subscript never leaves compiled code (escape analysis
     * removes it and its boxed bounds), and the copy is one boundary call. With a step, or bounds
     * that are not ints or None, the generic path takes it.
     */
    @Specialization(guards = "isPlain(slice)")
    protected PList doListSlice(PList list, PSlice slice) {
        int n = list.size();
        return list.slice(PSlice.clampBound(sliceStart(slice), n), PSlice.clampBound(sliceStop(slice), n));
    }

    @Specialization(guards = "isPlain(slice)")
    protected PTuple doTupleSlice(PTuple tuple, PSlice slice) {
        int n = tuple.size();
        return tuple.slice(PSlice.clampBound(sliceStart(slice), n), PSlice.clampBound(sliceStop(slice), n));
    }

    @Specialization(guards = "isPlain(slice)")
    protected String doStrSlice(String s, PSlice slice) {
        return PyStr.slice(s, sliceStart(slice), sliceStop(slice));
    }

    /** A slice without a step whose bounds are ints (not bools, not big) or None. */
    protected static boolean isPlain(PSlice slice) {
        return slice.step() == PNone.NONE && (slice.start() instanceof Long || slice.start() == PNone.NONE)
                        && (slice.stop() instanceof Long || slice.stop() == PNone.NONE);
    }

    private static long sliceStart(PSlice slice) {
        return slice.start() instanceof Long x ? x : 0;
    }

    private static long sliceStop(PSlice slice) {
        return slice.stop() instanceof Long x ? x : Long.MAX_VALUE;
    }

    /** A negative index within the sequence: counted from its end. */
    protected static boolean fromEnd(long index, int size) {
        return index < 0 && index >= -size;
    }

    @Specialization
    protected Object doGeneric(Object obj, Object key) {
        return PyObjects.getItem(obj, key);
    }
}
