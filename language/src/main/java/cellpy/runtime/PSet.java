package cellpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.List;

/**
 * A set (or frozenset when {@link #frozen}). Python programs print sets, and CPython's order is
 * the order of its open-addressing hash table, so this class is a faithful emulation of CPython
 * 3.11's {@code setobject.c}: same table sizes, same probe sequence (9 linear probes, then
 * perturbation), same dummy entries on removal, same resize points, and the same construction
 * strategies for copies, unions, intersections and differences. With ints hashing to themselves
 * (see {@link PyObjects#hash}) the iteration order then matches CPython's exactly.
 */
public final class PSet {
    private static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a removed entry (CPython's {@code dummy}); its hash is -1. */
    private static final Object DUMMY = new Object();

    public final boolean frozen;
    private Object[] keys = new Object[MINSIZE];
    private long[] hashes = new long[MINSIZE];
    private int mask = MINSIZE - 1;
    /** Active entries. */
    private int used;
    /** Active plus dummy entries. */
    private int fill;
    /** Where pop() resumes its search. */
    private int finger;
    private int version;

    public PSet() {
        this(false);
    }

    public PSet(boolean frozen) {
        this.frozen = frozen;
    }

    // ---- the table -------------------------------------------------------------------------

    private static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof String s) {
            return b instanceof String && s.equals(b);
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        return PyObjects.eq(a, b);
    }

    /** Index of the slot holding key, or -1 (set_lookkey). */
    private int lookup(Object key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && hashes[j] == hash) {
                    Object[] table = keys;
                    if (same(k, key)) {
                        return j;
                    }
                    if (table != keys || keys[j] != k) {
                        return lookup(key, hash);
                    }
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** set_add_entry: returns true when the key was added. */
    private boolean addEntry(Object key, long hash) {
        restart: while (true) {
            long perturb = hash;
            int i = (int) (hash & mask);
            int freeslot = -1;
            while (true) {
                int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    Object k = keys[j];
                    if (k == null) {
                        if (freeslot >= 0) {
                            used++;
                            keys[freeslot] = key;
                            hashes[freeslot] = hash;
                            version++;
                            return true;
                        }
                        fill++;
                        used++;
                        keys[j] = key;
                        hashes[j] = hash;
                        version++;
                        if ((long) fill * 5 >= (long) mask * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return true;
                    }
                    if (k == DUMMY) {
                        freeslot = j;
                    } else if (hashes[j] == hash) {
                        Object[] table = keys;
                        if (same(k, key)) {
                            return false;
                        }
                        if (table != keys || keys[j] != k) {
                            continue restart;
                        }
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    private static void insertClean(Object[] ks, long[] hs, int m, Object key, long hash) {
        long perturb = hash;
        int i = (int) (hash & m);
        while (true) {
            if (ks[i] == null) {
                ks[i] = key;
                hs[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (ks[i + j] == null) {
                        ks[i + j] = key;
                        hs[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** set_table_resize: a table of the smallest power of two above minused, dummies dropped. */
    private void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        if (newsize == MINSIZE && oldKeys.length == MINSIZE && fill == used) {
            return;
        }
        keys = new Object[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        fill = used;
        for (int i = 0; i < oldKeys.length; i++) {
            Object k = oldKeys[i];
            if (k != null && k != DUMMY) {
                insertClean(keys, hashes, mask, k, oldHashes[i]);
            }
        }
        version++;
    }

    private boolean discardEntry(Object key, long hash) {
        int j = lookup(key, hash);
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        version++;
        return true;
    }

    /** set_merge: adds every member of other, with CPython's bulk strategies. */
    private void merge(PSet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(other.keys, 0, keys, 0, keys.length);
            System.arraycopy(other.hashes, 0, hashes, 0, hashes.length);
            fill = other.fill;
            used = other.used;
            version++;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                Object k = other.keys[i];
                if (k != null && k != DUMMY) {
                    insertClean(keys, hashes, mask, k, other.hashes[i]);
                }
            }
            version++;
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            Object k = other.keys[i];
            if (k != null && k != DUMMY) {
                addEntry(k, other.hashes[i]);
            }
        }
    }

    // ---- public API ------------------------------------------------------------------------

    @TruffleBoundary
    public boolean add(Object v) {
        return addEntry(v, PyObjects.hash(v));
    }

    @TruffleBoundary
    public boolean contains(Object v) {
        return lookup(v, PyObjects.hash(v)) >= 0;
    }

    /**
     * Whether int {@code v} is a member, looked up without a boundary in compiled code (the probe
     * sequence of {@link #lookup}); a member of another type with the same hash (1.0 or True for
     * 1) sends the question to the general lookup, which compares by Python equality.
     */
    public boolean containsLong(long v) {
        if (v == Long.MIN_VALUE) {
            return contains(v);
        }
        long hash = PyInt.hashLong(v);
        Object[] ks = keys;
        long[] hs = hashes;
        int m = mask;
        long perturb = hash;
        int i = (int) (hash & m);
        while (true) {
            int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = ks[j];
                if (k == null) {
                    return false;
                }
                if (k != DUMMY && hs[j] == hash) {
                    if (!(k instanceof Long)) {
                        return contains(v);
                    }
                    if ((long) (Long) k == v) {
                        return true;
                    }
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** Removes v; returns false when it was absent (discard semantics; remove() raises itself). */
    @TruffleBoundary
    public boolean remove(Object v) {
        return discardEntry(v, PyObjects.hash(v));
    }

    public int size() {
        return used;
    }

    public int version() {
        return version;
    }

    @TruffleBoundary
    public void clear() {
        keys = new Object[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
        version++;
    }

    /** The members in iteration order (a snapshot). */
    @TruffleBoundary
    public List<Object> items() {
        List<Object> l = new ArrayList<>(used);
        for (Object k : keys) {
            if (k != null && k != DUMMY) {
                l.add(k);
            }
        }
        return l;
    }

    /** The first occupied slot at or after {@code from}, or -1 (for the set iterator). */
    public int nextSlot(int from) {
        Object[] ks = keys;
        for (int i = from; i < ks.length; i++) {
            Object k = ks[i];
            if (k != null && k != DUMMY) {
                return i;
            }
        }
        return -1;
    }

    public Object keyAt(int slot) {
        return keys[slot];
    }

    /** set.pop(): the first member from the finger on; null when empty. */
    @TruffleBoundary
    public Object pop() {
        if (used == 0) {
            return null;
        }
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i++;
            if (i > mask) {
                i = 0;
            }
        }
        Object k = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        version++;
        return k;
    }

    /** A copy (set or frozenset per {@code frozenCopy}) built as CPython's set_copy does. */
    @TruffleBoundary
    public PSet copy(boolean frozenCopy) {
        PSet r = new PSet(frozenCopy);
        r.merge(this);
        return r;
    }

    /** set_update_internal: adds every member of a set, dict (its keys) or other iterable. */
    @TruffleBoundary
    public void update(Object other) {
        if (other instanceof PSet s) {
            merge(s);
            return;
        }
        if (other instanceof PDict d) {
            int dictsize = d.size();
            if ((long) (fill + dictsize) * 5 >= (long) mask * 3) {
                resize((used + dictsize) * 2);
            }
            for (Object k : d.keys()) {
                addEntry(k, PyObjects.hash(k));
            }
            return;
        }
        Object it = PyObjects.iter(other);
        Object v;
        while ((v = PyObjects.next(it)) != null) {
            add(v);
        }
    }

    /** A set built from an iterable, as {@code set(x)} / {@code frozenset(x)}. */
    @TruffleBoundary
    public static PSet of(Object iterable, boolean frozen) {
        PSet r = new PSet(frozen);
        r.update(iterable);
        return r;
    }

    /** {@code self | other} and {@code self.union(other)} for one argument. */
    @TruffleBoundary
    public PSet union(Object other) {
        PSet r = copy(frozen);
        if (other != this) {
            r.update(other);
        }
        return r;
    }

    /** set_intersection. */
    @TruffleBoundary
    public PSet intersection(Object other) {
        if (other == this) {
            return copy(frozen);
        }
        PSet result = new PSet(frozen);
        if (other instanceof PSet o) {
            PSet so = this;
            PSet ot = o;
            if (o.used > used) {
                so = o;
                ot = this;
            }
            for (int i = 0; i <= ot.mask; i++) {
                Object k = ot.keys[i];
                if (k != null && k != DUMMY) {
                    long h = ot.hashes[i];
                    if (so.lookup(k, h) >= 0) {
                        result.addEntry(k, h);
                    }
                }
            }
            return result;
        }
        Object it = PyObjects.iter(other);
        Object v;
        while ((v = PyObjects.next(it)) != null) {
            long h = PyObjects.hash(v);
            if (lookup(v, h) >= 0) {
                result.addEntry(v, h);
            }
        }
        return result;
    }

    /** set_intersection_update: the table of the intersection replaces this one. */
    @TruffleBoundary
    public void intersectionUpdate(Object other) {
        PSet tmp = intersection(other);
        swapBodies(tmp);
    }

    private void swapBodies(PSet o) {
        keys = o.keys;
        hashes = o.hashes;
        mask = o.mask;
        used = o.used;
        fill = o.fill;
        version++;
    }

    /** set_difference. */
    @TruffleBoundary
    public PSet difference(Object other) {
        int otherSize;
        if (other instanceof PSet o) {
            otherSize = o.used;
        } else if (other instanceof PDict d) {
            otherSize = d.size();
        } else {
            PSet r = copy(frozen);
            r.differenceUpdate(other);
            return r;
        }
        if ((used >> 2) > otherSize) {
            PSet r = copy(frozen);
            r.differenceUpdate(other);
            return r;
        }
        PSet result = new PSet(frozen);
        for (int i = 0; i <= mask; i++) {
            Object k = keys[i];
            if (k != null && k != DUMMY) {
                long h = hashes[i];
                boolean in = other instanceof PSet o ? o.lookup(k, h) >= 0 : ((PDict) other).containsKey(k);
                if (!in) {
                    result.addEntry(k, h);
                }
            }
        }
        return result;
    }

    /** set_difference_update_internal. */
    @TruffleBoundary
    public void differenceUpdate(Object other) {
        if (other == this) {
            clear();
            return;
        }
        if (other instanceof PSet o) {
            PSet src = (o.used >> 3) > used ? intersection(o) : o;
            for (int i = 0; i <= src.mask; i++) {
                Object k = src.keys[i];
                if (k != null && k != DUMMY) {
                    discardEntry(k, src.hashes[i]);
                }
            }
        } else {
            Object it = PyObjects.iter(other);
            Object v;
            while ((v = PyObjects.next(it)) != null) {
                discardEntry(v, PyObjects.hash(v));
            }
        }
        if ((fill - used) <= mask / 4) {
            return;
        }
        resize(used > 50000 ? used * 2 : used * 4);
    }

    /** set_symmetric_difference: a copy of other, updated with this. */
    @TruffleBoundary
    public PSet symmetricDifference(Object other) {
        PSet r = of(other, frozen);
        r.symmetricDifferenceUpdate(this);
        return r;
    }

    /** set_symmetric_difference_update. */
    @TruffleBoundary
    public void symmetricDifferenceUpdate(Object other) {
        if (other == this) {
            clear();
            return;
        }
        if (other instanceof PDict d) {
            for (Object k : d.keys()) {
                long h = PyObjects.hash(k);
                if (!discardEntry(k, h)) {
                    addEntry(k, h);
                }
            }
            return;
        }
        PSet o = other instanceof PSet s ? s : of(other, false);
        for (int i = 0; i <= o.mask; i++) {
            Object k = o.keys[i];
            if (k != null && k != DUMMY) {
                long h = o.hashes[i];
                if (!discardEntry(k, h)) {
                    addEntry(k, h);
                }
            }
        }
    }

    /** True when every member of this set is in other. */
    @TruffleBoundary
    public boolean isSubsetOf(PSet other) {
        if (used > other.used) {
            return false;
        }
        for (int i = 0; i <= mask; i++) {
            Object k = keys[i];
            if (k != null && k != DUMMY && other.lookup(k, hashes[i]) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The frozenset hash (CPython's order-independent shuffle-and-xor). */
    @TruffleBoundary
    public long frozenHash() {
        long hash = 0;
        for (int i = 0; i <= mask; i++) {
            Object k = keys[i];
            if (k != null && k != DUMMY) {
                hash ^= shuffleBits(hashes[i]);
            }
        }
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) {
            hash = 590923713L;
        }
        return hash;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
