package cellpy.runtime;

import static cellpy.runtime.PyObjects.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Subscription ({@code obj[key]}, assignment and deletion): indices and slices of lists, tuples, strs and ranges, dict keys, user {@code __getitem__} and friends, with CPython's error texts. Used through {@link PyObjects}.
 */
final class Items {
    private Items() {
    }

    /** CPython's {@code PyNumber_AsSsize_t} for an index argument; TypeError text by caller. */
    static boolean isIndex(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger
                        || (o instanceof PInstance i && userMethod(i.getType(), "__index__") != null);
    }

    /** The int value of an index-like object (int, bool, or an instance with __index__). */
    @TruffleBoundary
    public static Object index(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (o instanceof PInstance i) {
            Object m = userMethod(i.getType(), "__index__");
            if (m != null) {
                Object r = Calls.call(m, o);
                if (!PyInt.isInt(r)) {
                    throw PyErrors.typeError("__index__ returned non-int (type %s)", typeName(r));
                }
                return PyInt.unbool(r);
            }
        }
        throw PyErrors.typeError("'%s' object cannot be interpreted as an integer", typeName(o));
    }

    static long seqIndex(Object key, long len, String what) {
        long i = PyInt.asIndexLong(index(key));
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            throw PyErrors.indexError("%s", what);
        }
        return i;
    }

    /** start, stop, step and slice length of a slice over a sequence of length len. */
    @TruffleBoundary
    public static long[] sliceIndices(PSlice s, long len) {
        long step;
        if (s.step() == PNone.NONE) {
            step = 1;
        } else {
            step = PyInt.asClampedLong(sliceArg(s.step()));
            if (step == 0) {
                throw PyErrors.valueError("slice step cannot be zero");
            }
            if (step < -Long.MAX_VALUE) {
                step = -Long.MAX_VALUE;
            }
        }
        long start;
        long stop;
        if (s.start() == PNone.NONE) {
            start = step < 0 ? Long.MAX_VALUE : 0;
        } else {
            start = PyInt.asClampedLong(sliceArg(s.start()));
        }
        if (s.stop() == PNone.NONE) {
            stop = step < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else {
            stop = PyInt.asClampedLong(sliceArg(s.stop()));
        }
        // PySlice_AdjustIndices
        if (start < 0) {
            start += len;
            if (start < 0) {
                start = step < 0 ? -1 : 0;
            }
        } else if (start >= len) {
            start = step < 0 ? len - 1 : len;
        }
        if (stop < 0) {
            stop += len;
            if (stop < 0) {
                stop = step < 0 ? -1 : 0;
            }
        } else if (stop >= len) {
            stop = step < 0 ? len - 1 : len;
        }
        long n;
        if (step < 0) {
            n = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        } else {
            n = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return new long[]{start, stop, step, n};
    }

    static Object sliceArg(Object o) {
        if (isIndex(o)) {
            return index(o);
        }
        throw PyErrors.typeError("slice indices must be integers or None or have an __index__ method");
    }

    @TruffleBoundary
    public static Object getItem(Object obj, Object key) {
        if (obj instanceof PList l) {
            if (key instanceof PSlice s) {
                long[] r = sliceIndices(s, l.size());
                PList out = new PList((int) r[3]);
                for (long i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
                    out.add(l.get((int) j));
                }
                return out;
            }
            if (!isIndex(key)) {
                throw PyErrors.typeError("list indices must be integers or slices, not %s", typeName(key));
            }
            return l.get((int) seqIndex(key, l.size(), "list index out of range"));
        } else if (obj instanceof PTuple t) {
            if (key instanceof PSlice s) {
                long[] r = sliceIndices(s, t.size());
                if (r[2] == 1 && r[3] == t.size()) {
                    return t;
                }
                if (r[3] == 0) {
                    return PTuple.EMPTY;
                }
                Object[] out = new Object[(int) r[3]];
                for (long i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
                    out[(int) i] = t.get((int) j);
                }
                return new PTuple(out);
            }
            if (!isIndex(key)) {
                throw PyErrors.typeError("tuple indices must be integers or slices, not %s", typeName(key));
            }
            return t.get((int) seqIndex(key, t.size(), "tuple index out of range"));
        } else if (obj instanceof String str) {
            if (key instanceof PSlice s) {
                return strSlice(str, s);
            }
            if (!isIndex(key)) {
                throw PyErrors.typeError("string indices must be integers, not '%s'", typeName(key));
            }
            int n = PyStr.length(str);
            return PyStr.charAt(str, (int) seqIndex(key, n, "string index out of range"));
        } else if (obj instanceof PDict d) {
            return d.item(key);
        } else if (obj instanceof PRange r) {
            long len = r.length();
            if (key instanceof PSlice s) {
                long[] x = sliceIndices(s, len);
                long start = r.start + x[0] * r.step;
                long step = x[2] * r.step;
                long stop = start + x[3] * step;
                return new PRange(start, stop, step);
            }
            if (!isIndex(key)) {
                throw PyErrors.typeError("range indices must be integers or slices, not %s", typeName(key));
            }
            long i = seqIndex(key, len, "range object index out of range");
            return r.start + i * r.step;
        } else if (obj instanceof PInstance i) {
            Object m = userMethod(i.getType(), "__getitem__");
            if (m != null) {
                return Calls.call(m, obj, key);
            }
        } else if (obj instanceof PyType t) {
            Object m = t.isBuiltin() ? null : userMethod(t, "__class_getitem__");
            if (m != null) {
                return Calls.call(m, t, key);
            }
            throw PyErrors.typeError("type '%s' is not subscriptable", t.getName());
        }
        throw PyErrors.typeError("'%s' object is not subscriptable", typeName(obj));
    }

    /** s[slice] by code points. */
    @TruffleBoundary
    public static String strSlice(String str, PSlice s) {
        boolean bmp = PyStr.isBmp(str);
        int n = bmp ? str.length() : str.codePointCount(0, str.length());
        long[] r = sliceIndices(s, n);
        if (r[2] == 1) {
            return PyStr.substring(str, (int) r[0], (int) (r[0] + r[3]));
        }
        StringBuilder sb = new StringBuilder((int) r[3]);
        if (bmp) {
            for (long i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
                sb.append(str.charAt((int) j));
            }
        } else {
            int[] cps = PyStr.codePoints(str);
            for (long i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
                sb.appendCodePoint(cps[(int) j]);
            }
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static void setItem(Object obj, Object key, Object value) {
        if (obj instanceof PList l) {
            if (key instanceof PSlice s) {
                setListSlice(l, s, value);
                return;
            }
            if (!isIndex(key)) {
                throw PyErrors.typeError("list indices must be integers or slices, not %s", typeName(key));
            }
            l.items.set((int) seqIndex(key, l.size(), "list assignment index out of range"), value);
            return;
        } else if (obj instanceof PDict d) {
            d.put(key, value);
            return;
        } else if (obj instanceof PInstance i) {
            Object m = userMethod(i.getType(), "__setitem__");
            if (m != null) {
                Calls.call(m, obj, key, value);
                return;
            }
        }
        throw PyErrors.typeError("'%s' object does not support item assignment", typeName(obj));
    }

    static void setListSlice(PList l, PSlice s, Object value) {
        Object[] vals = value == l ? l.items.toArray() : toArrayForSlice(value);
        long[] r = sliceIndices(s, l.size());
        long start = r[0];
        long step = r[2];
        long n = r[3];
        if (step == 1) {
            // replace [start, start+n) -- stop may be before start
            int from = (int) start;
            int to = (int) Math.max(start, r[1]);
            List<Object> sub = l.items.subList(from, Math.max(from, to));
            sub.clear();
            l.items.addAll(from, java.util.Arrays.asList(vals));
            return;
        }
        if (vals.length != n) {
            throw PyErrors.valueError("attempt to assign sequence of size %d to extended slice of size %d", vals.length, n);
        }
        for (long i = 0, j = start; i < n; i++, j += step) {
            l.items.set((int) j, vals[(int) i]);
        }
    }

    static Object[] toArrayForSlice(Object value) {
        if (value instanceof PList || value instanceof PTuple || value instanceof String || value instanceof PDict
                        || value instanceof PSet || value instanceof PRange || value instanceof PIterator
                        || value instanceof PDictView || (value instanceof PInstance && isIterable(value))) {
            return toArray(value);
        }
        throw PyErrors.typeError("must assign iterable to extended slice");
    }

    @TruffleBoundary
    public static void delItem(Object obj, Object key) {
        if (obj instanceof PList l) {
            if (key instanceof PSlice s) {
                long[] r = sliceIndices(s, l.size());
                if (r[3] == 0) {
                    return;
                }
                if (r[2] == 1) {
                    l.items.subList((int) r[0], (int) (r[0] + r[3])).clear();
                    return;
                }
                // delete from the highest index down so earlier indices stay valid
                long first = r[0];
                long last = r[0] + (r[3] - 1) * r[2];
                long lo = Math.min(first, last);
                long step = Math.abs(r[2]);
                java.util.ArrayList<Object> kept = new java.util.ArrayList<>(l.size());
                for (int i = 0; i < l.size(); i++) {
                    if (i >= lo && i <= Math.max(first, last) && (i - lo) % step == 0) {
                        continue;
                    }
                    kept.add(l.get(i));
                }
                l.items.clear();
                l.items.addAll(kept);
                return;
            }
            if (!isIndex(key)) {
                throw PyErrors.typeError("list indices must be integers or slices, not %s", typeName(key));
            }
            l.items.remove((int) seqIndex(key, l.size(), "list assignment index out of range"));
            return;
        } else if (obj instanceof PDict d) {
            if (d.remove(key) == null) {
                throw PyErrors.keyError(key);
            }
            return;
        } else if (obj instanceof PInstance i) {
            Object m = userMethod(i.getType(), "__delitem__");
            if (m != null) {
                Calls.call(m, obj, key);
                return;
            }
        }
        throw PyErrors.typeError("'%s' object doesn't support item deletion", typeName(obj));
    }
}
