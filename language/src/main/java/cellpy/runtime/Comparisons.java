package cellpy.runtime;

import static cellpy.runtime.PyObjects.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Python's {@code ==} and ordering ({@code <} ...) for every value: exact int/float comparison, lexicographic sequences, set inclusion, and user {@code __eq__}/{@code __lt__} with reflection and NotImplemented. Used through {@link PyObjects}.
 */
final class Comparisons {
    private Comparisons() {
    }

    static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger;
    }

    /**
     * Compares two numbers exactly (ints and floats mixed, as CPython does without rounding).
     * Returns negative/zero/positive, or {@code Integer.MIN_VALUE} when a NaN makes them unordered.
     */
    @TruffleBoundary
    public static int compareNumbers(Object a, Object b) {
        if (a instanceof Boolean x) {
            a = x ? 1L : 0L;
        }
        if (b instanceof Boolean x) {
            b = x ? 1L : 0L;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof Double x && b instanceof Double y) {
            double p = x;
            double q = y;
            if (Double.isNaN(p) || Double.isNaN(q)) {
                return Integer.MIN_VALUE;
            }
            return p < q ? -1 : p > q ? 1 : 0;
        }
        if (a instanceof Double x) {
            int r = compareIntDouble(b, x);
            return r == Integer.MIN_VALUE ? r : -r;
        }
        if (b instanceof Double y) {
            return compareIntDouble(a, y);
        }
        return PyInt.toBig(a).compareTo(PyInt.toBig(b));
    }

    static int compareIntDouble(Object i, double d) {
        if (Double.isNaN(d)) {
            return Integer.MIN_VALUE;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        if (i instanceof Long l && Math.abs(l) < (1L << 53)) {
            double x = l;
            return x < d ? -1 : x > d ? 1 : 0;
        }
        return new BigDecimal(PyInt.toBig(i)).compareTo(new BigDecimal(d));
    }

    /** Python's {@code a == b} as a Java boolean (what containers use, after an identity check). */
    @TruffleBoundary
    public static boolean eq(Object a, Object b) {
        if (a instanceof String s) {
            if (b instanceof String) {
                return s.equals(b);
            }
            if (!(b instanceof PInstance)) {
                return false;
            }
        }
        if (isNumber(a) && isNumber(b)) {
            return compareNumbers(a, b) == 0;
        }
        if (a instanceof PInstance || b instanceof PInstance) {
            return isTrue(richEq(a, b));
        }
        return builtinEq(a, b);
    }

    @TruffleBoundary
    public static boolean ne(Object a, Object b) {
        if (a instanceof PInstance || b instanceof PInstance) {
            return isTrue(richNe(a, b));
        }
        return !eq(a, b);
    }

    /** Identity or equality: how containers compare their items. */
    public static boolean sameOrEq(Object a, Object b) {
        return a == b || eq(a, b);
    }

    static boolean builtinEq(Object a, Object b) {
        if (a == b) {
            return !(a instanceof Double d && Double.isNaN(d));
        }
        if (a instanceof PTuple x && b instanceof PTuple y) {
            return arrayEq(x.items(), x.size(), y.items(), y.size());
        }
        if (a instanceof PList x && b instanceof PList y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size() && i < y.size(); i++) {
                if (!sameOrEq(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return x.size() == y.size();
        }
        if (a instanceof PDict x && b instanceof PDict y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (PDict.Entry e : x.entries()) {
                Object v = y.get(e.key);
                if (v == null || !sameOrEq(e.value, v)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof PSet x && b instanceof PSet y) {
            return x.size() == y.size() && x.isSubsetOf(y);
        }
        if (a instanceof PRange x && b instanceof PRange y) {
            long n = x.length();
            if (n != y.length()) {
                return false;
            }
            return n == 0 || (x.start == y.start && (n == 1 || x.step == y.step));
        }
        if (a instanceof PDictView x && b instanceof PDictView y && x.kind == y.kind
                        && x.kind != Iterators.DictItemKind.VALUES) {
            return builtinEq(viewAsSet(x), viewAsSet(y));
        }
        if (a instanceof PDictView x && x.kind != Iterators.DictItemKind.VALUES && b instanceof PSet) {
            return builtinEq(viewAsSet(x), b);
        }
        if (b instanceof PDictView y && y.kind != Iterators.DictItemKind.VALUES && a instanceof PSet) {
            return builtinEq(a, viewAsSet(y));
        }
        if (a instanceof PSlice x && b instanceof PSlice y) {
            return eq(PTuple.of(x.start(), x.stop(), x.step()), PTuple.of(y.start(), y.stop(), y.step()));
        }
        if (a instanceof PBoundMethod x && b instanceof PBoundMethod y) {
            return x.self() == y.self() && x.function() == y.function();
        }
        return false;
    }

    /** A keys or items view as a set, for set operations and comparisons. */
    @TruffleBoundary
    public static PSet viewAsSet(PDictView v) {
        return PSet.of(v, false);
    }

    static boolean arrayEq(Object[] x, int nx, Object[] y, int ny) {
        if (nx != ny) {
            return false;
        }
        for (int i = 0; i < nx; i++) {
            if (!sameOrEq(x[i], y[i])) {
                return false;
            }
        }
        return true;
    }

    /** Reflected operand first when its type is a proper subclass of the left one's (CPython rule). */
    static boolean reflectedFirst(Object a, Object b, String reflected) {
        if (!(b instanceof PInstance bi)) {
            return false;
        }
        PyType ta = typeOf(a);
        PyType tb = bi.getType();
        return ta != tb && tb.isSubtypeOf(ta) && userMethod(tb, reflected) != null;
    }

    /** Calls op on a then reflected on b (or the other way round); NotImplemented when both decline. */
    static Object dispatchCompare(Object a, Object b, String op, String reflected) {
        boolean swap = reflectedFirst(a, b, reflected);
        if (swap) {
            Object m = dunder(b, reflected);
            Object r = callDunder(m, b, a);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        Object m = dunder(a, op);
        if (m != null) {
            Object r = callDunder(m, a, b);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        if (!swap) {
            m = dunder(b, reflected);
            if (m != null) {
                Object r = callDunder(m, b, a);
                if (r != PNotImplemented.INSTANCE) {
                    return r;
                }
            }
        }
        return PNotImplemented.INSTANCE;
    }

    /** {@code a == b} with user {@code __eq__} (the result need not be a bool). */
    @TruffleBoundary
    public static Object richEq(Object a, Object b) {
        if (a instanceof PInstance || b instanceof PInstance) {
            Object r = dispatchCompare(a, b, "__eq__", "__eq__");
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
            return a == b;
        }
        return eq(a, b);
    }

    /** {@code a != b}: user {@code __ne__}, else the negation of {@code __eq__}. */
    @TruffleBoundary
    public static Object richNe(Object a, Object b) {
        if (a instanceof PInstance || b instanceof PInstance) {
            Object r = dispatchCompare(a, b, "__ne__", "__ne__");
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
            r = dispatchCompare(a, b, "__eq__", "__eq__");
            if (r != PNotImplemented.INSTANCE) {
                return !isTrue(r);
            }
            return a != b;
        }
        return !eq(a, b);
    }

    @TruffleBoundary
    public static Object lt(Object a, Object b) {
        return compare(a, b, "<", "__lt__", "__gt__");
    }

    @TruffleBoundary
    public static Object le(Object a, Object b) {
        return compare(a, b, "<=", "__le__", "__ge__");
    }

    @TruffleBoundary
    public static Object gt(Object a, Object b) {
        return compare(a, b, ">", "__gt__", "__lt__");
    }

    @TruffleBoundary
    public static Object ge(Object a, Object b) {
        return compare(a, b, ">=", "__ge__", "__le__");
    }

    /** Ordering by operator symbol ("<", "<=", ">", ">=", "==", "!="). */
    @TruffleBoundary
    public static Object compareOp(String op, Object a, Object b) {
        return switch (op) {
            case "<" -> lt(a, b);
            case "<=" -> le(a, b);
            case ">" -> gt(a, b);
            case ">=" -> ge(a, b);
            case "==" -> richEq(a, b);
            case "!=" -> richNe(a, b);
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** {@code a < b} as a Java boolean (sorting, min). */
    @TruffleBoundary
    public static boolean lessThan(Object a, Object b) {
        Object r = lt(a, b);
        return r instanceof Boolean x ? x : isTrue(r);
    }

    static boolean opResult(String op, int c) {
        if (c == Integer.MIN_VALUE) {
            return false;
        }
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    static Object compare(Object a, Object b, String op, String dunder, String reflected) {
        if (isNumber(a) && isNumber(b)) {
            return opResult(op, compareNumbers(a, b));
        }
        if (a instanceof String x && b instanceof String y) {
            return opResult(op, compareStrings(x, y));
        }
        if (a instanceof PInstance || b instanceof PInstance) {
            Object r = dispatchCompare(a, b, dunder, reflected);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        } else if (a instanceof PList x && b instanceof PList y) {
            return compareSeq(x.items.toArray(), y.items.toArray(), op, dunder, reflected);
        } else if (a instanceof PTuple x && b instanceof PTuple y) {
            return compareSeq(x.items(), y.items(), op, dunder, reflected);
        } else if ((a instanceof PSet || a instanceof PDictView) && (b instanceof PSet || b instanceof PDictView)) {
            PSet x = a instanceof PSet s ? s : asSetForCompare((PDictView) a, op, b);
            PSet y = b instanceof PSet s ? s : asSetForCompare((PDictView) b, op, a);
            return switch (op) {
                case "<" -> x.size() < y.size() && x.isSubsetOf(y);
                case "<=" -> x.isSubsetOf(y);
                case ">" -> y.size() < x.size() && y.isSubsetOf(x);
                default -> y.isSubsetOf(x);
            };
        }
        throw PyErrors.typeError("'%s' not supported between instances of '%s' and '%s'", op, typeName(a), typeName(b));
    }

    static PSet asSetForCompare(PDictView v, String op, Object other) {
        if (v.kind == Iterators.DictItemKind.VALUES) {
            throw PyErrors.typeError("'%s' not supported between instances of '%s' and '%s'", op, v.typeName(),
                            typeName(other));
        }
        return viewAsSet(v);
    }

    /** Code point order (Java's compareTo is UTF-16 unit order, which differs beyond U+FFFF). */
    @TruffleBoundary
    public static int compareStrings(String x, String y) {
        int n = Math.min(x.length(), y.length());
        for (int i = 0; i < n; i++) {
            char c = x.charAt(i);
            char d = y.charAt(i);
            if (c != d) {
                if (Character.isSurrogate(c) || Character.isSurrogate(d)) {
                    return Integer.compare(x.codePointAt(i), y.codePointAt(i));
                }
                return c - d;
            }
        }
        return x.length() - y.length();
    }

    static Object compareSeq(Object[] x, Object[] y, String op, String dunder, String reflected) {
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (!sameOrEq(x[i], y[i])) {
                return compare(x[i], y[i], op, dunder, reflected);
            }
        }
        return opResult(op, Integer.compare(x.length, y.length));
    }
}
