package cellpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code dict.update(other)} / {@code dict(other)} / {@code d |= other}: from a dict, from any
 * object with {@code keys()} (then {@code other[k]}), or from an iterable of key/value pairs, with
 * CPython's errors for malformed pairs.
 */
public final class DictUpdate {
    private DictUpdate() {
    }

    @TruffleBoundary
    public static void update(PDict d, Object other) {
        if (other instanceof PDict o) {
            for (PDict.Entry e : o.entries()) {
                d.put(e.key, e.value);
            }
            return;
        }
        if (other instanceof PInstance i && PyObjects.lookupAttr(i, "keys") != null) {
            Object keys = Calls.call(PyObjects.getAttr(i, "keys"));
            Object it = PyObjects.iter(keys);
            Object k;
            while ((k = PyObjects.next(it)) != null) {
                d.put(k, PyObjects.getItem(other, k));
            }
            return;
        }
        if (!PyObjects.isIterable(other)) {
            throw PyErrors.typeError("'%s' object is not iterable", PyObjects.typeName(other));
        }
        Object it = PyObjects.iter(other);
        Object item;
        int index = 0;
        while ((item = PyObjects.next(it)) != null) {
            if (!PyObjects.isIterable(item)) {
                throw PyErrors.typeError("cannot convert dictionary update sequence element #%d to a sequence", index);
            }
            Object[] pair = PyObjects.toArray(item);
            if (pair.length != 2) {
                throw PyErrors.valueError("dictionary update sequence element #%d has length %d; 2 is required", index,
                                pair.length);
            }
            d.put(pair[0], pair[1]);
            index++;
        }
    }
}
