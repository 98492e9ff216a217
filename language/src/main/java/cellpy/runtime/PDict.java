package cellpy.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import cellpy.interop.GuestValues;
import com.oracle.truffle.api.interop.UnknownKeyException;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * An insertion-ordered dict. Entries are keyed on {@link DictKey#of} and remember the key object
 * first inserted (as CPython does: {@code {1: 'a', True: 'b'}} is {@code {1: 'b'}}).
 */
@ExportLibrary(InteropLibrary.class)
public final class PDict implements TruffleObject {
    /** A key as first inserted and its current value. */
    public static final class Entry {
        /** Rebindings after which an entry no longer offers {@link #unchangedAssumption}. */
        private static final int MAX_REBINDINGS = 3;

        public final Object key;
        /** Read freely; written only through {@link #set}. */
        public Object value;
        /** Set once the entry has left the dict, so caches holding it (global reads) know. */
        private boolean removed;
        /** Null until a cached read asks for it (see {@link #unchangedAssumption}). */
        private Assumption unchanged;
        private int rebindings;

        Entry(Object key, Object value) {
            this.key = key;
            this.value = value;
        }

        /**
         * That the entry keeps its current value and stays in the dict, or null for an entry
         * rebound too often to be worth it. A module's function or class is bound once, so a
         * compiled read of it is a constant and a call of it needs no check of what it calls;
         * a global used as a counter stops offering the assumption after a few rebindings.
         */
        @TruffleBoundary
        public Assumption unchangedAssumption() {
            if (removed || rebindings >= MAX_REBINDINGS) {
                return null;
            }
            if (unchanged == null) {
                unchanged = Truffle.getRuntime().createAssumption("global unchanged");
            }
            return unchanged;
        }

        /** Whether the entry has left the dict (set only by {@link #markRemoved}, which invalidates). */
        public boolean isRemoved() {
            return removed;
        }

        public void set(Object v) {
            value = v;
            if (unchanged != null) {
                changed();
            }
        }

        void markRemoved() {
            removed = true;
            if (unchanged != null) {
                changed();
            }
        }

        @TruffleBoundary
        private void changed() {
            Assumption a = unchanged;
            unchanged = null;
            rebindings++;
            a.invalidate();
        }
    }

    private final LinkedHashMap<Object, Entry> map = new LinkedHashMap<>();
    /** Bumped by every insertion or removal, so iterators can detect a size change. */
    private int version;
    /**
     * For str keys that cached reads rely on being absent (a builtin's name in a module's globals):
     * the assumption that the key is still absent, invalidated when it is added. Null until asked.
     */
    private java.util.Map<String, Assumption> absent;

    /**
     * An assumption that {@code key}, absent now, stays absent: a builtin's cached read in a module
     * depends on no global of the same name appearing, and on nothing else the module defines.
     */
    @TruffleBoundary
    public Assumption absentAssumption(String key) {
        if (absent == null) {
            absent = new java.util.HashMap<>();
        }
        return absent.computeIfAbsent(key, k -> Truffle.getRuntime().createAssumption("no key " + k));
    }

    @TruffleBoundary
    public Object get(Object key) {
        Entry e = map.get(DictKey.of(key));
        return e == null ? null : e.value;
    }

    /** {@code d[key]}: the value, or KeyError (the lookup alone is behind the boundary). */
    public Object item(Object key) {
        Object v = get(key);
        if (v == null) {
            throw PyErrors.keyError(key);
        }
        return v;
    }

    /** The live entry of a str key, or null (for caches that re-read the value later). */
    @TruffleBoundary
    public Entry getEntryStr(String key) {
        return map.get(key);
    }

    /** Lookup by a str key without normalization (globals, kwargs). */
    @TruffleBoundary
    public Object getStr(String key) {
        Entry e = map.get(key);
        return e == null ? null : e.value;
    }

    @TruffleBoundary
    public void put(Object key, Object value) {
        Object k = DictKey.of(key);
        Entry e = map.get(k);
        if (e == null) {
            map.put(k, new Entry(key, value));
            version++;
            if (absent != null && k instanceof String s) {
                Assumption a = absent.remove(s);
                if (a != null) {
                    a.invalidate();
                }
            }
        } else {
            e.set(value);
        }
    }

    /** Removes the key; returns the old value or null when absent. */
    @TruffleBoundary
    public Object remove(Object key) {
        Entry e = map.remove(DictKey.of(key));
        if (e != null) {
            version++;
            e.markRemoved();
            return e.value;
        }
        return null;
    }

    @TruffleBoundary
    public boolean containsKey(Object key) {
        return map.containsKey(DictKey.of(key));
    }

    public int size() {
        return map.size();
    }

    public int version() {
        return version;
    }

    @TruffleBoundary
    public void clear() {
        for (Entry e : map.values()) {
            e.markRemoved();
        }
        map.clear();
        version++;
    }

    /** A snapshot of the entries in order. */
    @TruffleBoundary
    public List<Entry> entries() {
        return new ArrayList<>(map.values());
    }

    @TruffleBoundary
    public List<Object> keys() {
        List<Object> l = new ArrayList<>(map.size());
        for (Entry e : map.values()) {
            l.add(e.key);
        }
        return l;
    }

    @TruffleBoundary
    public Iterator<Entry> iterator() {
        return map.values().iterator();
    }

    /** The entries from last to first (reversed(dict)). */
    @TruffleBoundary
    public Iterator<Entry> reverseIterator() {
        return map.sequencedValues().reversed().iterator();
    }

    /** Removes and returns the last entry (popitem), or null when empty. */
    @TruffleBoundary
    public Entry popLast() {
        var last = map.pollLastEntry();
        if (last == null) {
            return null;
        }
        version++;
        last.getValue().markRemoved();
        return last.getValue();
    }

    @TruffleBoundary
    public PDict copy() {
        PDict d = new PDict();
        for (var me : map.entrySet()) {
            d.map.put(me.getKey(), new Entry(me.getValue().key, me.getValue().value));
        }
        return d;
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @ExportMessage
    boolean hasHashEntries() {
        return true;
    }

    @ExportMessage
    long getHashSize() {
        return map.size();
    }

    @ExportMessage(name = "isHashEntryReadable")
    @ExportMessage(name = "isHashEntryModifiable")
    @ExportMessage(name = "isHashEntryRemovable")
    @TruffleBoundary
    boolean isHashEntryReadable(Object key) {
        return containsKey(GuestValues.toGuest(key));
    }

    @ExportMessage
    @TruffleBoundary
    boolean isHashEntryInsertable(Object key) {
        return !containsKey(GuestValues.toGuest(key));
    }

    @ExportMessage
    @TruffleBoundary
    Object readHashValue(Object key) throws UnknownKeyException {
        Object v = get(GuestValues.toGuest(key));
        if (v == null) {
            throw UnknownKeyException.create(key);
        }
        return GuestValues.toInterop(v);
    }

    @ExportMessage
    @TruffleBoundary
    void writeHashEntry(Object key, Object value) {
        put(GuestValues.toGuest(key), GuestValues.toGuest(value));
    }

    @ExportMessage
    @TruffleBoundary
    void removeHashEntry(Object key) throws UnknownKeyException {
        if (remove(GuestValues.toGuest(key)) == null) {
            throw UnknownKeyException.create(key);
        }
    }

    @ExportMessage
    @TruffleBoundary
    Object getHashEntriesIterator() {
        java.util.List<Object> pairs = new java.util.ArrayList<>();
        for (Entry e : map.values()) {
            pairs.add(new cellpy.interop.InteropArray(new Object[]{GuestValues.toInterop(e.key), GuestValues.toInterop(e.value)}));
        }
        return new cellpy.interop.InteropIterator(pairs.iterator());
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends com.oracle.truffle.api.TruffleLanguage<?>> getLanguage() {
        return cellpy.CellpyLanguage.class;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(boolean allowSideEffects) {
        return PyObjects.repr(this);
    }
}
