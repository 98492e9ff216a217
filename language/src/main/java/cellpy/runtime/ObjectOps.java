package cellpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Object operations the nodes need beyond {@link PyObjects}: identity, unpacking, dict merging. */
public final class ObjectOps {
    private ObjectOps() {
    }

    /**
     * {@code a is b} as CPython shows it: ints in the small-int cache (-5..256), bools, None and equal
     * strings (CPython interns identifiers and literals) are the same object; everything else is
     * Java identity.
     */
    public static boolean isSame(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue() && x >= -5 && x <= 256;
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.booleanValue() == y.booleanValue();
        }
        if (a instanceof String x && b instanceof String y) {
            return stringSame(x, y);
        }
        return false;
    }

    @TruffleBoundary
    private static boolean stringSame(String x, String y) {
        return x.equals(y);
    }

    /** iter() for an unpacking assignment, with its own TypeError text. */
    @TruffleBoundary
    public static Object iterForUnpack(Object value) {
        try {
            return PyObjects.iter(value);
        } catch (PException e) {
            if (e.getType() == BuiltinTypes.TYPE_ERROR && !(value instanceof PInstance)) {
                throw PyErrors.typeError("cannot unpack non-iterable %s object", PyObjects.typeName(value));
            }
            throw e;
        }
    }

    /** {@code **mapping} in a dict display: only a mapping (a dict, or an object with keys()) will do. */
    @TruffleBoundary
    public static void dictUpdate(PDict target, Object mapping) {
        if (!(mapping instanceof PDict) && !(mapping instanceof PInstance && PyObjects.lookupAttr(mapping, "keys") != null)) {
            throw PyErrors.typeError("'%s' object is not a mapping", PyObjects.typeName(mapping));
        }
        DictUpdate.update(target, mapping);
    }
}
