package cellpy.runtime;

/**
 * Maps a guest key to the Java object a {@link PDict} or {@link PSet} hashes on, so that Java's
 * {@code equals}/{@code hashCode} agree with Python's {@code ==}/{@code hash()}: {@code True},
 * {@code 1} and {@code 1.0} are one key. Strings and ints (the common keys) map to themselves, so
 * the fast path allocates nothing.
 */
public final class DictKey {
    private DictKey() {
    }

    /** The normalized key; throws TypeError for unhashable values. */
    public static Object of(Object key) {
        if (key instanceof String || key instanceof Long) {
            return key;
        }
        if (key instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (key instanceof Double d) {
            double v = d;
            if (v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 9.2e18) {
                return (long) v;
            }
            if (v == Math.rint(v) && !Double.isInfinite(v)) {
                return PyInt.normalize(new java.math.BigDecimal(v).toBigInteger());
            }
            return key;
        }
        if (key instanceof PSet s && s.frozen) {
            return new FrozenSetKey(s, s.frozenHash());
        }
        if (key instanceof PList || key instanceof PDict || key instanceof PSet || key instanceof PSlice
                        || key instanceof PDictView) {
            throw PyErrors.typeError("unhashable type: '%s'", PyObjects.typeName(key));
        }
        if (key instanceof PInstance inst && !(key instanceof PBaseException)) {
            return PyObjects.instanceKey(inst);
        }
        return key;
    }

    /** A frozenset as a key: equal to any frozenset with the same members. */
    private record FrozenSetKey(PSet set, long hash) {
        @Override
        public boolean equals(Object o) {
            return o instanceof FrozenSetKey k && (k.set == set || PyObjects.eq(set, k.set));
        }

        @Override
        public int hashCode() {
            return Long.hashCode(hash);
        }
    }
}
