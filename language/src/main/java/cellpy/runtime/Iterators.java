package cellpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.Iterator;
import java.util.function.Supplier;

/**
 * The built-in iterator kinds, each reporting CPython's type name. They follow CPython's rules for
 * mutation during iteration: list iterators see appends (index based), dict and set iterators
 * raise RuntimeError when their container changed size.
 */
public final class Iterators {
    private Iterators() {
    }

    /** list_iterator: by index, so appends during the loop are seen, as in CPython. */
    public static final class ListIter extends PIterator {
        private PList list;
        private int index;

        public ListIter(PList list) {
            this.list = list;
        }

        @Override
        public Object next() {
            if (list != null) {
                if (index < list.size()) {
                    return list.get(index++);
                }
                list = null;
            }
            return null;
        }

        @Override
        public String typeName() {
            return "list_iterator";
        }
    }

    /** list_reverseiterator. */
    public static final class ListReverseIter extends PIterator {
        private PList list;
        private int index;

        public ListReverseIter(PList list) {
            this.list = list;
            this.index = list.size() - 1;
        }

        @Override
        public Object next() {
            if (list != null) {
                if (index >= 0 && index < list.size()) {
                    return list.get(index--);
                }
                list = null;
            }
            return null;
        }

        @Override
        public String typeName() {
            return "list_reverseiterator";
        }
    }

    /** Iterates an array: tuple_iterator, or {@code reversed} over a tuple when reverse. */
    public static final class ArrayIter extends PIterator {
        private final Object[] items;
        private int index;
        private final boolean reverse;

        public ArrayIter(Object[] items, boolean reverse) {
            this.items = items;
            this.reverse = reverse;
        }

        @Override
        public Object next() {
            if (index < items.length) {
                int i = index++;
                return items[reverse ? items.length - 1 - i : i];
            }
            return null;
        }

        @Override
        public String typeName() {
            return reverse ? "reversed" : "tuple_iterator";
        }
    }

    /** range_iterator over longs. */
    public static final class RangeIter extends PIterator {
        private long next;
        private final long step;
        private long remaining;

        public RangeIter(long start, long step, long length) {
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        public RangeIter(PRange r) {
            this(r.start, r.step, r.length());
        }

        /** Fast path for nodes: true when a value remains; then {@link #nextLong} returns it. */
        public boolean hasNextLong() {
            return remaining > 0;
        }

        public long nextLong() {
            long v = next;
            next += step;
            remaining--;
            return v;
        }

        @Override
        public Object next() {
            if (remaining > 0) {
                return nextLong();
            }
            return null;
        }

        @Override
        public String typeName() {
            return "range_iterator";
        }
    }

    /** str_ascii_iterator / str_iterator (3.11 distinguishes ASCII strings), or reversed. */
    public static final class StrIter extends PIterator {
        private final String s;
        private int pos;
        private final boolean ascii;
        private final boolean reverse;

        public StrIter(String s, boolean reverse) {
            this.s = s;
            this.reverse = reverse;
            this.pos = reverse ? s.length() : 0;
            boolean a = true;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 128) {
                    a = false;
                    break;
                }
            }
            this.ascii = a;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (reverse) {
                if (pos <= 0) {
                    return null;
                }
                int cp = s.codePointBefore(pos);
                pos -= Character.charCount(cp);
                return cp < 0x10000 ? String.valueOf((char) cp) : new String(Character.toChars(cp));
            }
            if (pos >= s.length()) {
                return null;
            }
            char c = s.charAt(pos);
            if (!Character.isHighSurrogate(c)) {
                pos++;
                return String.valueOf(c);
            }
            int cp = s.codePointAt(pos);
            pos += Character.charCount(cp);
            return new String(Character.toChars(cp));
        }

        @Override
        public String typeName() {
            return reverse ? "reversed" : ascii ? "str_ascii_iterator" : "str_iterator";
        }
    }

    /** What a dict iterator yields. */
    public enum DictItemKind {
        KEYS, VALUES, ITEMS
    }

    /** dict_keyiterator / dict_valueiterator / dict_itemiterator and their reverse forms. */
    public static final class DictIter extends PIterator {
        private final PDict dict;
        private final DictItemKind kind;
        private final boolean reverse;
        private Iterator<PDict.Entry> it;
        private final int version;
        private final int size;
        private boolean done;

        @TruffleBoundary
        public DictIter(PDict dict, DictItemKind kind, boolean reverse) {
            this.dict = dict;
            this.kind = kind;
            this.reverse = reverse;
            this.it = reverse ? dict.reverseIterator() : dict.iterator();
            this.version = dict.version();
            this.size = dict.size();
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (done) {
                return null;
            }
            if (dict.version() != version) {
                done = true;
                if (dict.size() != size) {
                    throw PyErrors.runtimeError("dictionary changed size during iteration");
                }
                throw PyErrors.runtimeError("dictionary keys changed during iteration");
            }
            if (!it.hasNext()) {
                done = true;
                return null;
            }
            PDict.Entry e = it.next();
            return switch (kind) {
                case KEYS -> e.key;
                case VALUES -> e.value;
                case ITEMS -> PTuple.of(e.key, e.value);
            };
        }

        @Override
        public String typeName() {
            String k = switch (kind) {
                case KEYS -> "key";
                case VALUES -> "value";
                case ITEMS -> "item";
            };
            return reverse ? "dict_reverse" + k + "iterator" : "dict_" + k + "iterator";
        }
    }

    /** set_iterator: walks the hash table in slot order, like CPython. */
    public static final class SetIter extends PIterator {
        private final PSet set;
        private int pos;
        private final int size;
        private boolean done;

        public SetIter(PSet set) {
            this.set = set;
            this.size = set.size();
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (done) {
                return null;
            }
            if (set.size() != size) {
                done = true;
                throw PyErrors.runtimeError("Set changed size during iteration");
            }
            int slot = set.nextSlot(pos);
            if (slot < 0) {
                done = true;
                return null;
            }
            pos = slot + 1;
            return set.keyAt(slot);
        }

        @Override
        public String typeName() {
            return "set_iterator";
        }
    }

    /**
     * The old sequence protocol ("iterator"): calls {@code __getitem__} with 0, 1, ... until it
     * raises IndexError (or StopIteration).
     */
    public static final class SeqIter extends PIterator {
        private Object seq;
        private long index;

        public SeqIter(Object seq) {
            this.seq = seq;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (seq == null) {
                return null;
            }
            try {
                return PyObjects.getItem(seq, index++);
            } catch (PException e) {
                if (e.getValue().getType().isSubtypeOf(BuiltinTypes.INDEX_ERROR)
                                || e.getValue().getType().isSubtypeOf(BuiltinTypes.STOP_ITERATION)) {
                    seq = null;
                    return null;
                }
                throw e;
            }
        }

        @Override
        public String typeName() {
            return "iterator";
        }
    }

    /** An iterator defined by a Java supplier (enumerate, zip, map, filter, reversed, ...). */
    public static final class FnIter extends PIterator {
        private final String name;
        private Supplier<Object> body;

        public FnIter(String name, Supplier<Object> body) {
            this.name = name;
            this.body = body;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (body == null) {
                return null;
            }
            Object v = body.get();
            if (v == null) {
                body = null;
            }
            return v;
        }

        @Override
        public String typeName() {
            return name;
        }
    }

    /**
     * enumerate: the count as a long while it fits ({@link #bigCount} past that). A {@code for} loop
     * steps it in compiled code (ForNextNode), the rest through {@link #next}.
     */
    public static final class EnumerateIter extends PIterator {
        public final Object inner;
        public long count;
        /** The count once it no longer fits a long, else null. */
        public Object bigCount;
        public boolean exhausted;

        public EnumerateIter(Object inner, Object start) {
            this.inner = inner;
            if (start instanceof Long l) {
                this.count = l;
            } else {
                this.bigCount = start;
            }
        }

        /** The count to hand out next, advancing it. */
        public Object takeCount() {
            if (bigCount == null && count != Long.MAX_VALUE) {
                return count++;
            }
            return takeBigCount();
        }

        @TruffleBoundary
        private Object takeBigCount() {
            Object c = bigCount == null ? (Object) count : bigCount;
            bigCount = PyNumbers.add(c, 1L);
            return c;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (exhausted) {
                return null;
            }
            Object v = PyObjects.next(inner);
            if (v == null) {
                exhausted = true;
                return null;
            }
            return PTuple.of(takeCount(), v);
        }

        @Override
        public String typeName() {
            return "enumerate";
        }
    }

    /** zip, with {@code strict=True}'s length checks. */
    public static final class ZipIter extends PIterator {
        public final Object[] iterators;
        public final boolean strict;
        public boolean exhausted;

        public ZipIter(Object[] iterators, boolean strict) {
            this.iterators = iterators;
            this.strict = strict;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            int n = iterators.length;
            if (exhausted || n == 0) {
                exhausted = true;
                return null;
            }
            Object[] vals = new Object[n];
            for (int i = 0; i < n; i++) {
                Object v = PyObjects.next(iterators[i]);
                if (v == null) {
                    end(i);
                    return null;
                }
                vals[i] = v;
            }
            return new PTuple(vals);
        }

        /** Iterator {@code i} ran out: the zip is exhausted, and with {@code strict=True} the others must run out with it. */
        public void end(int i) {
            exhausted = true;
            if (strict) {
                checkStrict(i);
            }
        }

        @TruffleBoundary
        private void checkStrict(int i) {
            int n = iterators.length;
            if (i > 0) {
                throw PyErrors.valueError("zip() argument %d is shorter than argument%s%d", i + 1, i == 1 ? " " : "s 1-", i);
            }
            for (int j = 1; j < n; j++) {
                if (PyObjects.next(iterators[j]) != null) {
                    throw PyErrors.valueError("zip() argument %d is longer than argument%s%d", j + 1, j == 1 ? " " : "s 1-", j);
                }
            }
        }

        @Override
        public String typeName() {
            return "zip";
        }
    }

    /** map: the function applied to the next value of each iterable. */
    public static final class MapIter extends PIterator {
        public final Object function;
        public final Object[] iterators;
        public boolean exhausted;

        public MapIter(Object function, Object[] iterators) {
            this.function = function;
            this.iterators = iterators;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (exhausted) {
                return null;
            }
            Object[] vals = new Object[iterators.length];
            for (int i = 0; i < vals.length; i++) {
                Object v = PyObjects.next(iterators[i]);
                if (v == null) {
                    exhausted = true;
                    return null;
                }
                vals[i] = v;
            }
            return Calls.call(function, vals);
        }

        @Override
        public String typeName() {
            return "map";
        }
    }

    /** filter: the values for which the function (or, for None, the value itself) is true. */
    public static final class FilterIter extends PIterator {
        public final Object function;
        public final Object inner;
        public boolean exhausted;

        public FilterIter(Object function, Object inner) {
            this.function = function;
            this.inner = inner;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (exhausted) {
                return null;
            }
            Object v;
            while ((v = PyObjects.next(inner)) != null) {
                if (function == PNone.NONE ? PyObjects.isTrue(v) : PyObjects.isTrue(Calls.call(function, v))) {
                    return v;
                }
            }
            exhausted = true;
            return null;
        }

        @Override
        public String typeName() {
            return "filter";
        }
    }
}
