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

    /**
     * An open-addressing index over the entries whose key is an int (a long) or a str, the common
     * keys, kept beside {@link #map}: compiled code looks such a key up inline, with no boundary
     * call and no boxing of an int key (a memo's {@code x in cache} and {@code cache[x]} 12 ns each
     * through the boundary). Linear probing, at most half full counting removed slots
     * ({@link #REMOVED}), so every probe ends at an empty slot. Null until the dict is looked up
     * often (see {@link #unindexedLookups}), and again after {@link #clear}.
     */
    private Object[] indexKeys;
    private Entry[] indexEntries;
    /** Slots of {@link #indexKeys} in use, removed ones included. */
    private int indexUsed;
    private static final Object REMOVED = new Object();

    /**
     * Where a key's probe starts: its hash multiplied by the golden ratio (Fibonacci hashing),
     * upper half. Ints hash to themselves, and with linear probing a dense run of small keys
     * would form one long cluster that other keys land in (a memo of Collatz steps: 150 ns per
     * lookup); the multiplication scatters them.
     */
    private static int spread(long h) {
        return (int) ((h * 0x9E3779B97F4A7C15L) >>> 32);
    }

    private static int spread(Object normalizedKey) {
        return normalizedKey instanceof Long l ? spread((long) l) : spread((long) normalizedKey.hashCode());
    }

    /** The entry for int key {@code k}, or null: inline in compiled code. */
    public Entry findLong(long k) {
        Object[] keys = indexKeys;
        if (keys == null) {
            return findIndexed(k);
        }
        Entry[] entries = indexEntries;
        int mask = keys.length - 1;
        int i = spread(k) & mask;
        while (true) {
            Object o = keys[i];
            if (o == null) {
                return null;
            }
            if (o instanceof Long l && l == k) {
                return entries[i];
            }
            i = (i + 1) & mask;
        }
    }

    /** The entry for str key {@code k}, or null: inline in compiled code. */
    public Entry findStr(String k) {
        Object[] keys = indexKeys;
        if (keys == null) {
            return findIndexed(k);
        }
        Entry[] entries = indexEntries;
        int mask = keys.length - 1;
        int i = spread((long) k.hashCode()) & mask;
        while (true) {
            Object o = keys[i];
            if (o == null) {
                return null;
            }
            if (o instanceof String t && t.equals(k)) {
                return entries[i];
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * Lookups made without the index. A dict is indexed at its fourth lookup: one built, read
     * once and dropped (a dict display in a loop) never pays for an index.
     */
    private int unindexedLookups;

    /** Looks {@code k} (a Long or a String) up without the index, building it for a dict looked up often. */
    @TruffleBoundary
    private Entry findIndexed(Object k) {
        if (++unindexedLookups < 4) {
            return map.get(k);
        }
        rebuildIndex();
        return k instanceof Long l ? findLong(l) : findStr((String) k);
    }

    private static boolean indexed(Object normalizedKey) {
        return normalizedKey instanceof Long || normalizedKey instanceof String;
    }

    private void rebuildIndex() {
        int n = 0;
        for (Object k : map.keySet()) {
            if (indexed(k)) {
                n++;
            }
        }
        int cap = 8;
        while (cap < 4 * n) {
            cap <<= 1;
        }
        indexKeys = new Object[cap];
        indexEntries = new Entry[cap];
        indexUsed = 0;
        for (var me : map.entrySet()) {
            if (indexed(me.getKey())) {
                indexInsert(me.getKey(), me.getValue());
            }
        }
    }

    private void indexInsert(Object k, Entry e) {
        if (2 * (indexUsed + 1) > indexKeys.length) {
            rebuildIndex(); // the map holds k already, so the rebuilt index does too
            return;
        }
        int mask = indexKeys.length - 1;
        int i = spread(k) & mask;
        while (indexKeys[i] != null) {
            i = (i + 1) & mask;
        }
        indexKeys[i] = k;
        indexEntries[i] = e;
        indexUsed++;
    }

    private void indexRemove(Object k) {
        if (indexKeys == null || !indexed(k)) {
            return;
        }
        int mask = indexKeys.length - 1;
        int i = spread(k) & mask;
        while (indexKeys[i] != null) {
            if (indexKeys[i] != REMOVED && indexKeys[i].equals(k)) {
                indexKeys[i] = REMOVED;
                indexEntries[i] = null;
                return;
            }
            i = (i + 1) & mask;
        }
    }

    /** The value for {@code key}, or null. Nodes look an int or str key up inline with {@link #findLong}/{@link #findStr}. */
    @TruffleBoundary
    public Object get(Object key) {
        Entry e = key instanceof Long l ? findLong(l) : key instanceof String s ? findStr(s) : map.get(DictKey.of(key));
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

    /** {@code d[key] = value}. Nodes rebind an existing int or str key inline through {@link #findLong}/{@link #findStr}. */
    @TruffleBoundary
    public void put(Object key, Object value) {
        Object k = DictKey.of(key);
        Entry e = map.get(k);
        if (e == null) {
            e = new Entry(key, value);
            map.put(k, e);
            if (indexKeys != null && indexed(k)) {
                indexInsert(k, e);
            }
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
        Object k = DictKey.of(key);
        Entry e = map.remove(k);
        if (e != null) {
            indexRemove(k);
            version++;
            e.markRemoved();
            return e.value;
        }
        return null;
    }

    /** {@code key in d}. Nodes look an int or str key up inline with {@link #findLong}/{@link #findStr}. */
    @TruffleBoundary
    public boolean containsKey(Object key) {
        if (key instanceof Long l) {
            return findLong(l) != null;
        }
        if (key instanceof String s) {
            return findStr(s) != null;
        }
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
        indexKeys = null;
        indexEntries = null;
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
        indexRemove(last.getKey());
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
