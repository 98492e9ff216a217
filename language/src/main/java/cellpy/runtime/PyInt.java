package cellpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigInteger;

/**
 * Helpers for Python ints, which are {@code Long} inside the long range and {@code BigInteger}
 * outside it (never a BigInteger that would fit a long, so that equal ints are equal Java objects).
 * bool counts as int wherever Python treats it as one.
 */
public final class PyInt {
    private PyInt() {
    }

    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** The canonical representation of {@code v}: a Long when it fits. */
    @TruffleBoundary
    public static Object normalize(BigInteger v) {
        if (v.bitLength() < 64) {
            return v.longValue();
        }
        return v;
    }

    /** True for int values, bools included. */
    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
    }

    /** True for int values, bools excluded. */
    public static boolean isIntExact(Object o) {
        return o instanceof Long || o instanceof BigInteger;
    }

    /** Converts an int value (Long, BigInteger or Boolean) to a BigInteger. */
    @TruffleBoundary
    public static BigInteger toBig(Object o) {
        if (o instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (o instanceof BigInteger b) {
            return b;
        }
        if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        throw new IllegalArgumentException("not an int: " + o);
    }

    /** An int value with bools turned into 0/1 (Long or BigInteger). */
    public static Object unbool(Object o) {
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return o;
    }

    /** The sign of an int value: -1, 0 or 1. */
    public static int signum(Object o) {
        if (o instanceof Long l) {
            return Long.signum(l);
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((BigInteger) o).signum();
    }

    /**
     * The int as a Java int for indices, counts and similar; raises IndexError/OverflowError like
     * CPython's {@code Py_ssize_t} conversion ("cannot fit 'int' into an index-sized integer").
     */
    @TruffleBoundary
    public static long asIndexLong(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof BigInteger) {
            throw PyErrors.raise(BuiltinTypes.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
        }
        throw new IllegalArgumentException("not an int: " + o);
    }

    /** Like {@link #asIndexLong} but saturating: big values clamp to the long range (slice bounds). */
    @TruffleBoundary
    public static long asClampedLong(Object o) {
        if (o instanceof BigInteger b) {
            return b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return asIndexLong(o);
    }

    /** int -> float, with CPython's OverflowError for ints beyond the double range. */
    @TruffleBoundary
    public static double toDouble(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        BigInteger b = (BigInteger) o;
        double d = b.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErrors.overflowError("int too large to convert to float");
        }
        return d;
    }

    /** Python's {@code int(float)}: truncation, with CPython's errors for inf and nan. */
    @TruffleBoundary
    public static Object fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw PyErrors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyErrors.overflowError("cannot convert float infinity to integer");
        }
        if (d > -9.2e18 && d < 9.2e18) {
            return (long) d;
        }
        return normalize(new java.math.BigDecimal(d).toBigInteger());
    }

    private static final long MODULUS = (1L << 61) - 1;

    /**
     * {@link #hash} of a long other than {@code Long.MIN_VALUE} (whose negation overflows), without
     * a boundary: set lookups of an int compute it in compiled code.
     */
    static long hashLong(long v) {
        long h = v >= 0 ? v % MODULUS : -((-v) % MODULUS);
        return h == -1 ? -2 : h;
    }

    /** CPython's int hash: the value modulo 2**61-1 with the sign kept, -1 mapped to -2. */
    @TruffleBoundary
    public static long hash(Object o) {
        long h;
        if (o instanceof Long l) {
            long v = l;
            if (v == Long.MIN_VALUE) {
                return hash(BigInteger.valueOf(v));
            }
            return hashLong(v);
        } else if (o instanceof Boolean b) {
            return b ? 1 : 0;
        } else {
            BigInteger b = (BigInteger) o;
            long r = b.abs().mod(BigInteger.valueOf(MODULUS)).longValue();
            h = b.signum() < 0 ? -r : r;
        }
        return h == -1 ? -2 : h;
    }

    /** The decimal string of an int that fits a long. */
    @TruffleBoundary
    public static String toString(long i) {
        return Long.toString(i);
    }

    /** The decimal string of an int value. */
    @TruffleBoundary
    public static String toString(Object o) {
        if (o instanceof Boolean b) {
            return b ? "1" : "0";
        }
        return o.toString();
    }
}
