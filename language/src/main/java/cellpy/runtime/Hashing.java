package cellpy.runtime;

import static cellpy.runtime.PyObjects.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigInteger;

/**
 * {@code hash()} for every value: CPython's numbers and tuple hashes (so sets of them order as in CPython), a stable str hash, user {@code __hash__}, and the dict keys of user objects. Used through {@link PyObjects}.
 */
final class Hashing {
    private Hashing() {
    }

    static final long XXPRIME_1 = -7046029288634856825L; // 11400714785074694791
    static final long XXPRIME_2 = -4417276706812531889L; // 14029467366897019727
    static final long XXPRIME_5 = 2870177450012600261L;

    /** hash(): CPython's values for numbers and tuples, a stable hash for str. */
    @TruffleBoundary
    public static long hash(Object o) {
        if (o instanceof Long || o instanceof BigInteger || o instanceof Boolean) {
            return PyInt.hash(o);
        } else if (o instanceof String s) {
            return strHash(s);
        } else if (o instanceof Double d) {
            return FloatFormat.hash(d);
        } else if (o instanceof PTuple t) {
            return tupleHash(t.items());
        } else if (o instanceof PInstance i && !(o instanceof PBaseException && userMethod(i.getType(), "__hash__") == null
                        && userMethod(i.getType(), "__eq__") == null)) {
            return instanceHash(i);
        } else if (o instanceof PList || o instanceof PDict || o instanceof PSlice || o instanceof PDictView
                        || (o instanceof PSet s && !s.frozen)) {
            throw PyErrors.typeError("unhashable type: '%s'", typeName(o));
        } else if (o instanceof PSet s) {
            return s.frozenHash();
        } else if (o instanceof PRange r) {
            long n = r.length();
            return tupleHash(new Object[]{n, n == 0 ? PNone.NONE : (Object) r.start, n <= 1 ? PNone.NONE : (Object) r.step});
        } else if (o instanceof PBoundMethod m) {
            return hash(m.self()) ^ identityHash(m.function());
        }
        return identityHash(o);
    }

    static long identityHash(Object o) {
        return id(o) >>> 4;
    }

    /** Any stable hash does for str (CPython randomizes its own); Java caches String.hashCode. */
    static long strHash(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        long h = s.hashCode() * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        return h == -1 ? -2 : h;
    }

    /** CPython 3.11's xxHash-based tuple hash. */
    @TruffleBoundary
    public static long tupleHash(Object[] items) {
        long acc = XXPRIME_5;
        for (Object item : items) {
            long lane = hash(item);
            acc += lane * XXPRIME_2;
            acc = (acc << 31) | (acc >>> 33);
            acc *= XXPRIME_1;
        }
        acc += items.length ^ (XXPRIME_5 ^ 3527539L);
        if (acc == -1) {
            return 1546275796L;
        }
        return acc;
    }

    static long instanceHash(PInstance i) {
        PyType t = i.getType();
        Object h = t.lookup("__hash__");
        Object userH = userMethod(t, "__hash__");
        if (h == PNone.NONE || (userH == null && userMethod(t, "__eq__") != null)) {
            throw PyErrors.typeError("unhashable type: '%s'", t.getName());
        }
        if (userH != null) {
            Object r = Calls.call(userH, i);
            if (!PyInt.isInt(r)) {
                throw PyErrors.typeError("__hash__ method should return an integer");
            }
            return PyInt.hash(r);
        }
        return identityHash(i);
    }

    /** The key a dict/set uses for a user object: itself, or a wrapper using its __eq__/__hash__. */
    @TruffleBoundary
    public static Object instanceKey(PInstance inst) {
        PyType t = inst.getType();
        if (userMethod(t, "__eq__") == null && userMethod(t, "__hash__") == null && t.lookup("__hash__") != PNone.NONE) {
            return inst;
        }
        return new InstanceKey(inst, instanceHash(inst));
    }

    /** Makes Java's equals/hashCode call the instance's __eq__/__hash__. */
    static final class InstanceKey {
        final PInstance inst;
        final long hash;

        InstanceKey(PInstance inst, long hash) {
            this.inst = inst;
            this.hash = hash;
        }

        @Override
        public boolean equals(Object o) {
            if (o instanceof InstanceKey k) {
                return k.inst == inst || eq(inst, k.inst);
            }
            return false;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(hash);
        }
    }
}
