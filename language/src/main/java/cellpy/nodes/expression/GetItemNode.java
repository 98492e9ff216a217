package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import cellpy.runtime.PDict;
import cellpy.runtime.PList;
import cellpy.runtime.PTuple;
import cellpy.runtime.PyObjects;

/**
 * {@code obj[key]}, with fast paths for indexing a list or a tuple by an int in range, from either
 * end, and for a dict. Everything else (slices, strings, other containers, errors) goes through
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

    /** A negative index within the sequence: counted from its end. */
    protected static boolean fromEnd(long index, int size) {
        return index < 0 && index >= -size;
    }

    @Specialization
    protected Object doGeneric(Object obj, Object key) {
        return PyObjects.getItem(obj, key);
    }
}
