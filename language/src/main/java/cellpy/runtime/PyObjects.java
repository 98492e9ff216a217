package cellpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The generic object protocol (CPython's {@code abstract.c}/{@code object.c}): type, repr/str,
 * equality and ordering, hashing, truth, attributes, items, iteration. These are the slow paths
 * nodes fall back to; every public method is a boundary. User classes take part through their
 * dunder methods, which only count when a user class (not a built-in base) defines them.
 */
public final class PyObjects {
    private PyObjects() {
    }

    // ---- types -----------------------------------------------------------------------------

    private static final Map<String, PyType> OTHER_TYPES = new HashMap<>();

    /** The type object for a built-in type that has no constant in {@link BuiltinTypes}. */
    @TruffleBoundary
    public static synchronized PyType otherType(String name) {
        if (name.equals("generator")) {
            return BuiltinTypes.GENERATOR;
        }
        return OTHER_TYPES.computeIfAbsent(name, n -> new PyType(n, BuiltinTypes.OBJECT, true));
    }

    @TruffleBoundary
    public static PyType typeOf(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return BuiltinTypes.INT;
        } else if (o instanceof String) {
            return BuiltinTypes.STR;
        } else if (o instanceof PInstance i) {
            return i.getType();
        } else if (o instanceof Double) {
            return BuiltinTypes.FLOAT;
        } else if (o instanceof Boolean) {
            return BuiltinTypes.BOOL;
        } else if (o == PNone.NONE) {
            return BuiltinTypes.NONE_TYPE;
        } else if (o instanceof PList) {
            return BuiltinTypes.LIST;
        } else if (o instanceof PTuple) {
            return BuiltinTypes.TUPLE;
        } else if (o instanceof PDict) {
            return BuiltinTypes.DICT;
        } else if (o instanceof PSet s) {
            return s.frozen ? BuiltinTypes.FROZENSET : BuiltinTypes.SET;
        } else if (o instanceof PRange) {
            return BuiltinTypes.RANGE;
        } else if (o instanceof PSlice) {
            return BuiltinTypes.SLICE;
        } else if (o instanceof PFunction) {
            return BuiltinTypes.FUNCTION;
        } else if (o instanceof PBuiltinFunction f) {
            return f.getOwner() != null ? otherType("method_descriptor") : BuiltinTypes.BUILTIN_FUNCTION;
        } else if (o instanceof PBoundMethod m) {
            return m.function() instanceof PBuiltinFunction ? BuiltinTypes.BUILTIN_FUNCTION : BuiltinTypes.METHOD;
        } else if (o instanceof Cell) {
            return BuiltinTypes.CELL;
        } else if (o instanceof PCode) {
            return BuiltinTypes.CODE;
        } else if (o instanceof PyType) {
            return BuiltinTypes.TYPE;
        } else if (o instanceof PModule) {
            return BuiltinTypes.MODULE;
        } else if (o instanceof PEllipsis) {
            return BuiltinTypes.ELLIPSIS;
        } else if (o instanceof PNotImplemented) {
            return BuiltinTypes.NOT_IMPLEMENTED_TYPE;
        } else if (o instanceof PIterator it) {
            return otherType(it.typeName());
        } else if (o instanceof PDictView v) {
            return otherType(v.typeName());
        } else if (o instanceof PStaticMethod) {
            return BuiltinTypes.STATICMETHOD;
        } else if (o instanceof PClassMethod) {
            return BuiltinTypes.CLASSMETHOD;
        } else if (o instanceof PProperty) {
            return BuiltinTypes.PROPERTY;
        } else if (o instanceof PSuper) {
            return otherType("super");
        } else if (o instanceof PFrame) {
            return BuiltinTypes.FRAME;
        }
        return BuiltinTypes.OBJECT;
    }

    @TruffleBoundary
    public static String typeName(Object o) {
        return typeOf(o).getName();
    }

    public static boolean isInstance(Object o, PyType t) {
        return typeOf(o).isSubtypeOf(t);
    }

    /**
     * A method a user class defines (or inherits from another user class) for {@code name};
     * null when only a built-in base (object, Exception, ...) provides it.
     */
    @TruffleBoundary
    public static Object userMethod(PyType t, String name) {
        for (PyType c = t; c != null && !c.isBuiltin(); c = c.getBase()) {
            Object v = c.dict.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The user-defined dunder of an object's class, or null (also null for non-instances). */
    @TruffleBoundary
    public static Object dunder(Object o, String name) {
        if (o instanceof PInstance i) {
            return userMethod(i.getType(), name);
        }
        return null;
    }

    private static Object callDunder(Object method, Object self, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return Calls.call(method, all);
    }

    /**
     * A fresh instance of a user class, before __init__: a {@link PBaseException} (args = the
     * call's positional arguments, as BaseException.__new__ stores them) for exception classes.
     */
    @TruffleBoundary
    public static PInstance newInstance(PyType cls, Object[] args) {
        if (cls.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
            return new PBaseException(cls, new PTuple(args.clone()));
        }
        return new PInstance(cls);
    }

    // ---- identity --------------------------------------------------------------------------

    private static final long ADDRESS_BASE = 0x7f0000000000L;

    /**
     * id(): value based for immutable values (the interpreter may re-box them), identity based
     * otherwise. Looks like a CPython address and is a multiple of 16, so hash(obj) == id(obj) >> 4.
     */
    @TruffleBoundary
    public static long id(Object o) {
        long h;
        if (o instanceof Long || o instanceof BigInteger || o instanceof Double || o instanceof String) {
            long v = o.hashCode() * 0x9E3779B97F4A7C15L;
            h = (v >>> 28) & 0x3FFFFFFFFL;
        } else if (o instanceof Boolean b) {
            h = b ? 0x11 : 0x10;
        } else if (o == PNone.NONE) {
            h = 0x12;
        } else {
            h = System.identityHashCode(o) & 0x7FFFFFFFL;
        }
        return ADDRESS_BASE + (h << 4);
    }

    private static String addr(Object o) {
        return "0x" + Long.toHexString(id(o));
    }

    /** The address text reprs show ({@code 0x7f...}), consistent with id(). */
    @TruffleBoundary
    public static String address(Object o) {
        return addr(o);
    }

    // ---- truth -----------------------------------------------------------------------------

    @TruffleBoundary
    public static boolean isTrue(Object o) {
        if (o instanceof Boolean b) {
            return b;
        } else if (o instanceof Long l) {
            return l != 0;
        } else if (o instanceof String s) {
            return !s.isEmpty();
        } else if (o == PNone.NONE) {
            return false;
        } else if (o instanceof Double d) {
            return d != 0.0;
        } else if (o instanceof BigInteger) {
            return true;
        } else if (o instanceof PList l) {
            return l.size() != 0;
        } else if (o instanceof PTuple t) {
            return t.size() != 0;
        } else if (o instanceof PDict d) {
            return d.size() != 0;
        } else if (o instanceof PSet s) {
            return s.size() != 0;
        } else if (o instanceof PRange r) {
            return r.length() != 0;
        } else if (o instanceof PDictView v) {
            return v.dict.size() != 0;
        } else if (o instanceof PInstance i) {
            Object m = userMethod(i.getType(), "__bool__");
            if (m != null) {
                Object r = Calls.call(m, o);
                if (!(r instanceof Boolean b)) {
                    throw PyErrors.typeError("__bool__ should return bool, returned %s", typeName(r));
                }
                return b;
            }
            m = userMethod(i.getType(), "__len__");
            if (m != null) {
                return len(o) != 0;
            }
            return true;
        }
        return true;
    }

    // ---- len -------------------------------------------------------------------------------

    @TruffleBoundary
    public static long len(Object o) {
        if (o instanceof String s) {
            return PyStr.length(s);
        } else if (o instanceof PList l) {
            return l.size();
        } else if (o instanceof PTuple t) {
            return t.size();
        } else if (o instanceof PDict d) {
            return d.size();
        } else if (o instanceof PSet s) {
            return s.size();
        } else if (o instanceof PRange r) {
            return r.length();
        } else if (o instanceof PDictView v) {
            return v.dict.size();
        } else if (o instanceof PInstance i) {
            Object m = userMethod(i.getType(), "__len__");
            if (m != null) {
                Object r = Calls.call(m, o);
                if (r instanceof Boolean b) {
                    return b ? 1 : 0;
                }
                if (r instanceof Long l) {
                    if (l < 0) {
                        throw PyErrors.valueError("__len__() should return >= 0");
                    }
                    return l;
                }
                if (r instanceof BigInteger b) {
                    if (b.signum() < 0) {
                        throw PyErrors.valueError("__len__() should return >= 0");
                    }
                    throw PyErrors.overflowError("cannot fit 'int' into an index-sized integer");
                }
                throw PyErrors.typeError("'%s' object cannot be interpreted as an integer", typeName(r));
            }
        }
        throw PyErrors.typeError("object of type '%s' has no len()", typeName(o));
    }

    // ---- equality and ordering -------------------------------------------------------------

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

    private static int compareIntDouble(Object i, double d) {
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

    private static boolean builtinEq(Object a, Object b) {
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

    private static boolean arrayEq(Object[] x, int nx, Object[] y, int ny) {
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
    private static boolean reflectedFirst(Object a, Object b, String reflected) {
        if (!(b instanceof PInstance bi)) {
            return false;
        }
        PyType ta = typeOf(a);
        PyType tb = bi.getType();
        return ta != tb && tb.isSubtypeOf(ta) && userMethod(tb, reflected) != null;
    }

    /** Calls op on a then reflected on b (or the other way round); NotImplemented when both decline. */
    private static Object dispatchCompare(Object a, Object b, String op, String reflected) {
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

    private static boolean opResult(String op, int c) {
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

    private static Object compare(Object a, Object b, String op, String dunder, String reflected) {
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

    private static PSet asSetForCompare(PDictView v, String op, Object other) {
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

    private static Object compareSeq(Object[] x, Object[] y, String op, String dunder, String reflected) {
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (!sameOrEq(x[i], y[i])) {
                return compare(x[i], y[i], op, dunder, reflected);
            }
        }
        return opResult(op, Integer.compare(x.length, y.length));
    }

    // ---- hashing ---------------------------------------------------------------------------

    private static final long XXPRIME_1 = -7046029288634856825L; // 11400714785074694791
    private static final long XXPRIME_2 = -4417276706812531889L; // 14029467366897019727
    private static final long XXPRIME_5 = 2870177450012600261L;

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

    private static long identityHash(Object o) {
        return id(o) >>> 4;
    }

    /** Any stable hash does for str (CPython randomizes its own); Java caches String.hashCode. */
    private static long strHash(String s) {
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

    private static long instanceHash(PInstance i) {
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
    private static final class InstanceKey {
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

    // ---- repr and str ----------------------------------------------------------------------

    /** Containers being repr'd right now, for the {@code [...]} recursion guard. */
    private static final List<Object> REPR_STACK = new ArrayList<>();

    private static boolean enterRepr(Object o) {
        for (Object x : REPR_STACK) {
            if (x == o) {
                return false;
            }
        }
        REPR_STACK.add(o);
        return true;
    }

    private static void leaveRepr(Object o) {
        for (int i = REPR_STACK.size() - 1; i >= 0; i--) {
            if (REPR_STACK.get(i) == o) {
                REPR_STACK.remove(i);
                return;
            }
        }
    }

    @TruffleBoundary
    public static String repr(Object o) {
        if (o instanceof String s) {
            return PyStr.repr(s);
        } else if (o instanceof Long || o instanceof BigInteger) {
            return o.toString();
        } else if (o instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (o instanceof Double d) {
            return FloatFormat.repr(d);
        } else if (o == PNone.NONE) {
            return "None";
        } else if (o instanceof PList l) {
            if (l.size() == 0) {
                return "[]";
            }
            if (!enterRepr(o)) {
                return "[...]";
            }
            try {
                StringBuilder sb = new StringBuilder("[");
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(repr(l.get(i)));
                }
                return sb.append(']').toString();
            } finally {
                leaveRepr(o);
            }
        } else if (o instanceof PTuple t) {
            if (t.size() == 0) {
                return "()";
            }
            if (!enterRepr(o)) {
                return "(...)";
            }
            try {
                StringBuilder sb = new StringBuilder("(");
                for (int i = 0; i < t.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(repr(t.get(i)));
                }
                if (t.size() == 1) {
                    sb.append(',');
                }
                return sb.append(')').toString();
            } finally {
                leaveRepr(o);
            }
        } else if (o instanceof PDict d) {
            if (d.size() == 0) {
                return "{}";
            }
            if (!enterRepr(o)) {
                return "{...}";
            }
            try {
                StringBuilder sb = new StringBuilder("{");
                boolean first = true;
                for (PDict.Entry e : d.entries()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(repr(e.key)).append(": ").append(repr(e.value));
                }
                return sb.append('}').toString();
            } finally {
                leaveRepr(o);
            }
        } else if (o instanceof PSet s) {
            String name = s.frozen ? "frozenset" : "set";
            if (s.size() == 0) {
                return name + "()";
            }
            if (!enterRepr(o)) {
                return name + "(...)";
            }
            try {
                StringBuilder sb = new StringBuilder(s.frozen ? "frozenset({" : "{");
                boolean first = true;
                for (Object v : s.items()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(repr(v));
                }
                sb.append('}');
                if (s.frozen) {
                    sb.append(')');
                }
                return sb.toString();
            } finally {
                leaveRepr(o);
            }
        } else if (o instanceof PInstance i) {
            return instanceRepr(i);
        } else if (o instanceof PRange r) {
            return r.step == 1 ? "range(" + r.start + ", " + r.stop + ")"
                            : "range(" + r.start + ", " + r.stop + ", " + r.step + ")";
        } else if (o instanceof PSlice s) {
            return "slice(" + repr(s.start()) + ", " + repr(s.stop()) + ", " + repr(s.step()) + ")";
        } else if (o instanceof PFunction f) {
            return "<function " + f.qualname + " at " + addr(f) + ">";
        } else if (o instanceof PBuiltinFunction f) {
            if (f.getOwner() != null) {
                return "<method '" + f.getName() + "' of '" + f.getOwner().getName() + "' objects>";
            }
            return "<built-in function " + f.getName() + ">";
        } else if (o instanceof PBoundMethod m) {
            if (m.function() instanceof PBuiltinFunction f) {
                if (m.self() instanceof PModule mod) {
                    return "<built-in function " + f.getName() + ">";
                }
                return "<built-in method " + f.getName() + " of " + typeName(m.self()) + " object at " + addr(m.self()) + ">";
            }
            String qn = m.function() instanceof PFunction f ? f.qualname : String.valueOf(getAttr(m.function(), "__qualname__"));
            return "<bound method " + qn + " of " + repr(m.self()) + ">";
        } else if (o instanceof Cell c) {
            if (c.ref == null) {
                return "<cell at " + addr(c) + ": empty>";
            }
            return "<cell at " + addr(c) + ": " + typeName(c.ref) + " object at " + addr(c.ref) + ">";
        } else if (o instanceof PyType t) {
            return t.toString();
        } else if (o instanceof PCode c) {
            return "<code object " + c.name + " at " + addr(c) + ", file \"" + c.fileName + "\", line " + c.firstLine + ">";
        } else if (o instanceof PModule m) {
            return "<module '" + m.name + "' (built-in)>";
        } else if (o instanceof PEllipsis) {
            return "Ellipsis";
        } else if (o instanceof PNotImplemented) {
            return "NotImplemented";
        } else if (o instanceof PDictView v) {
            if (!enterRepr(o)) {
                return "...";
            }
            try {
                StringBuilder sb = new StringBuilder(v.typeName()).append("([");
                Object it = iter(v);
                Object x;
                boolean first = true;
                while ((x = next(it)) != null) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(repr(x));
                }
                return sb.append("])").toString();
            } finally {
                leaveRepr(o);
            }
        } else if (o instanceof PIterator it) {
            String r = it.repr();
            return r != null ? r : "<" + it.typeName() + " object at " + addr(o) + ">";
        } else if (o instanceof PSuper sup) {
            return "<super: " + repr(sup.cls()) + ", " + (sup.self() instanceof PyType ? repr(sup.self())
                            : "<" + typeName(sup.self()) + " object>") + ">";
        }
        return "<" + typeName(o) + " object at " + addr(o) + ">";
    }

    private static String checkStr(Object r, String method) {
        if (r instanceof String s) {
            return s;
        }
        throw PyErrors.typeError("%s returned non-string (type %s)", method, typeName(r));
    }

    private static String instanceRepr(PInstance i) {
        Object m = userMethod(i.getType(), "__repr__");
        if (m != null) {
            return checkStr(Calls.call(m, i), "__repr__");
        }
        if (i instanceof PBaseException e) {
            PTuple args = e.getArgs();
            String name = e.getType().getName();
            if (args.size() == 1) {
                return name + "(" + repr(args.get(0)) + ")";
            }
            return name + (args.size() == 0 ? "()" : repr(args));
        }
        return defaultRepr(i);
    }

    /** {@code object.__repr__}: {@code <__main__.C object at 0x...>}. */
    @TruffleBoundary
    public static String defaultRepr(Object o) {
        PyType t = typeOf(o);
        String name = t.isBuiltin() ? t.getName() : t.getModule() + "." + t.getQualname();
        return "<" + name + " object at " + addr(o) + ">";
    }

    @TruffleBoundary
    public static String str(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof PInstance i) {
            Object m = userMethod(i.getType(), "__str__");
            if (m != null) {
                return checkStr(Calls.call(m, i), "__str__");
            }
            if (i instanceof PBaseException e) {
                return exceptionStr(e);
            }
            return instanceRepr(i);
        }
        return repr(o);
    }

    /** BaseException.__str__: "" / str(arg) / str(args); KeyError shows its key's repr. */
    @TruffleBoundary
    public static String exceptionStr(PBaseException e) {
        PTuple args = e.getArgs();
        if (args.size() == 0) {
            return "";
        }
        if (args.size() == 1) {
            if (e.getType().isSubtypeOf(BuiltinTypes.KEY_ERROR)) {
                return repr(args.get(0));
            }
            return str(args.get(0));
        }
        return str(args);
    }

    /** The last line of a traceback: {@code KeyError: 'k'}, {@code ValueError}, {@code mod.E: x}. */
    @TruffleBoundary
    public static String exceptionLine(PBaseException e) {
        PyType t = e.getType();
        String name = t.getQualname();
        String mod = t.getModule();
        if (mod != null && !mod.equals("builtins") && !mod.equals("__main__")) {
            name = mod + "." + name;
        }
        String s;
        try {
            s = str(e);
        } catch (PException ex) {
            s = "<exception str() failed>";
        }
        String line = s.isEmpty() ? name : name + ": " + s;
        Object suggestion = e.attrs.get(SUGGESTION_KEY);
        if (suggestion instanceof String sug) {
            line += ". Did you mean: '" + sug + "'?";
        }
        return line;
    }

    /**
     * Hidden attribute holding a "Did you mean" name that the traceback printer appends (CPython
     * 3.11 computes it when printing AttributeError and NameError); set with {@link #suggest}.
     */
    public static final String SUGGESTION_KEY = "\0suggestion";

    /** Records the closest of {@code candidates} to {@code name} as the "Did you mean" hint of e. */
    @TruffleBoundary
    public static void suggest(PBaseException e, String name, Iterable<String> candidates) {
        String best = Suggestions.closest(name, candidates);
        if (best != null) {
            e.attrs.put(SUGGESTION_KEY, best);
        }
    }

    // ---- attributes ------------------------------------------------------------------------

    /** obj.name; raises AttributeError with CPython's message. */
    @TruffleBoundary
    public static Object getAttr(Object obj, String name) {
        Object v = lookupAttr(obj, name);
        if (v == null) {
            throw attributeError(obj, name);
        }
        return v;
    }

    /** obj.name or null when absent (getattr with default, hasattr). Other errors propagate. */
    @TruffleBoundary
    public static Object lookupAttr(Object obj, String name) {
        if (obj instanceof PSuper sup) {
            return superAttr(sup, name);
        }
        if (obj instanceof PInstance inst) {
            return instanceAttr(inst, name);
        } else if (obj instanceof PyType t) {
            return typeAttr(t, name);
        } else if (obj instanceof PModule m) {
            if (name.equals("__name__")) {
                return m.name;
            }
            if (name.equals("__dict__")) {
                return m.dict;
            }
            return m.dict.getStr(name);
        } else if (obj instanceof PFunction f) {
            Object v = functionAttr(f, name);
            if (v != null) {
                return v;
            }
        } else if (obj instanceof PCode c) {
            Object v = codeAttr(c, name);
            if (v != null) {
                return v;
            }
        } else if (obj instanceof Cell c) {
            if (name.equals("cell_contents")) {
                if (c.ref == null) {
                    throw PyErrors.valueError("Cell is empty");
                }
                return c.ref;
            }
        } else if (obj instanceof PGenerator || obj instanceof PFrame) {
            Object v = GeneratorAttributes.get(obj, name);
            if (v != null) {
                return v;
            }
        } else if (obj instanceof PBoundMethod m) {
            switch (name) {
                case "__self__":
                    return m.self();
                case "__func__":
                    if (!(m.function() instanceof PBuiltinFunction)) {
                        return m.function();
                    }
                    break;
                default:
                    if (!(m.function() instanceof PBuiltinFunction)) {
                        Object v = lookupAttr(m.function(), name);
                        if (v != null) {
                            return v;
                        }
                    } else if (name.equals("__name__") || name.equals("__qualname__")) {
                        PBuiltinFunction f = (PBuiltinFunction) m.function();
                        return name.equals("__name__") || f.getOwner() == null ? f.getName()
                                        : f.getOwner().getName() + "." + f.getName();
                    }
            }
        } else if (obj instanceof PBuiltinFunction f) {
            switch (name) {
                case "__name__":
                    return f.getName();
                case "__qualname__":
                    return f.getOwner() == null ? f.getName() : f.getOwner().getName() + "." + f.getName();
                case "__doc__":
                    return PNone.NONE;
                case "__module__":
                    return f.getOwner() == null ? "builtins" : PNone.NONE;
                default:
                    break;
            }
        } else if (obj instanceof PProperty p) {
            switch (name) {
                case "fget":
                    return p.fget();
                case "fset":
                    return p.fset();
                case "fdel":
                    return p.fdel();
                case "__doc__":
                    return p.doc();
                default:
                    break;
            }
        } else if (obj instanceof PStaticMethod sm && name.equals("__func__")) {
            return sm.function();
        } else if (obj instanceof PClassMethod cm && name.equals("__func__")) {
            return cm.function();
        } else if (obj instanceof PSlice s) {
            switch (name) {
                case "start":
                    return s.start();
                case "stop":
                    return s.stop();
                case "step":
                    return s.step();
                default:
                    break;
            }
        } else if (obj instanceof PRange r) {
            switch (name) {
                case "start":
                    return r.start;
                case "stop":
                    return r.stop;
                case "step":
                    return r.step;
                default:
                    break;
            }
        } else if (PyInt.isInt(obj)) {
            switch (name) {
                case "real", "numerator":
                    return PyInt.unbool(obj);
                case "imag":
                    return 0L;
                case "denominator":
                    return 1L;
                default:
                    break;
            }
        } else if (obj instanceof Double d) {
            switch (name) {
                case "real":
                    return d;
                case "imag":
                    return 0.0;
                default:
                    break;
            }
        }
        if (name.equals("__class__")) {
            return typeOf(obj);
        }
        PyType t = typeOf(obj);
        if (obj instanceof PIterator it && t.lookup(name) == null) {
            if (name.equals("__next__")) {
                return new PBoundMethod(it, ITER_NEXT);
            }
            if (name.equals("__iter__")) {
                return new PBoundMethod(it, ITER_SELF);
            }
        }
        Object v = t.lookup(name);
        if (v != null) {
            return bind(v, obj);
        }
        return null;
    }

    /** super().name: the MRO after the class, bound to self (or to the class for a class receiver). */
    private static Object superAttr(PSuper sup, String name) {
        boolean classReceiver = sup.self() instanceof PyType st && st.isSubtypeOf(sup.cls());
        for (PyType t = sup.cls().getBase(); t != null; t = t.getBase()) {
            Object v = t.dict.get(name);
            if (v == null) {
                continue;
            }
            if (classReceiver) {
                PyType st = (PyType) sup.self();
                if (v instanceof PClassMethod cm) {
                    return new PBoundMethod(st, cm.function());
                }
                if (v instanceof PStaticMethod sm) {
                    return sm.function();
                }
                return v;
            }
            return bind(v, sup.self());
        }
        if (name.equals("__class__")) {
            return otherType("super");
        }
        return null;
    }

    private static final PBuiltinFunction ITER_NEXT = new PBuiltinFunction("__next__",
                    (a, k) -> ((PIterator) a[0]).nextOrStop());
    private static final PBuiltinFunction ITER_SELF = new PBuiltinFunction("__iter__", (a, k) -> a[0]);

    private static Object bind(Object v, Object self) {
        if (v instanceof PFunction || v instanceof PBuiltinFunction) {
            return new PBoundMethod(self, v);
        }
        if (v instanceof PStaticMethod sm) {
            return sm.function();
        }
        if (v instanceof PClassMethod cm) {
            return new PBoundMethod(typeOf(self), cm.function());
        }
        if (v instanceof PProperty p) {
            if (p.fget() == PNone.NONE) {
                throw PyErrors.attributeError("property %s of '%s' object has no getter", propertyName(typeOf(self), p),
                                typeName(self));
            }
            return Calls.call(p.fget(), self);
        }
        if (v instanceof PInstance d) {
            // a descriptor object of a user class (property-like): honor __get__
            Object get = userMethod(d.getType(), "__get__");
            if (get != null) {
                return Calls.call(get, d, self, typeOf(self));
            }
        }
        return v;
    }

    /** The quoted name a property is stored under in the class (for error messages). */
    private static String propertyName(PyType t, PProperty p) {
        for (PyType c = t; c != null; c = c.getBase()) {
            for (var me : c.dict.entrySet()) {
                if (me.getValue() == p) {
                    return "'" + me.getKey() + "'";
                }
            }
        }
        return "";
    }

    private static Object instanceAttr(PInstance inst, String name) {
        if (inst instanceof PBaseException e) {
            switch (name) {
                case "args":
                    return e.getArgs();
                case "__cause__":
                    return e.cause == null ? PNone.NONE : e.cause;
                case "__context__":
                    return e.context == null ? PNone.NONE : e.context;
                case "__suppress_context__":
                    return e.suppressContext;
                case "__traceback__":
                    return PNone.NONE;
                case "code":
                    if (e.getType().isSubtypeOf(BuiltinTypes.SYSTEM_EXIT) && !inst.attrs.containsKey("code")) {
                        PTuple a = e.getArgs();
                        return a.size() == 0 ? PNone.NONE : a.size() == 1 ? a.get(0) : a;
                    }
                    break;
                case "name", "obj":
                    if (e.getType().isSubtypeOf(BuiltinTypes.ATTRIBUTE_ERROR) && !inst.attrs.containsKey(name)) {
                        return PNone.NONE;
                    }
                    if (name.equals("name") && e.getType().isSubtypeOf(BuiltinTypes.NAME_ERROR)
                                    && !inst.attrs.containsKey(name)) {
                        return PNone.NONE;
                    }
                    break;
                case "value":
                    if (e.getType().isSubtypeOf(BuiltinTypes.STOP_ITERATION) && !inst.attrs.containsKey("value")) {
                        return e.getArgs().size() > 0 ? e.getArgs().get(0) : PNone.NONE;
                    }
                    break;
                default:
                    break;
            }
        }
        switch (name) {
            case "__class__":
                return inst.getType();
            case "__dict__": {
                PDict d = new PDict();
                for (var me : inst.attrs.entrySet()) {
                    if (!me.getKey().equals(SUGGESTION_KEY)) {
                        d.put(me.getKey(), me.getValue());
                    }
                }
                return d;
            }
            default:
                break;
        }
        Object cls = inst.getType().lookup(name);
        if (cls instanceof PProperty) {
            return bind(cls, inst);
        }
        Object v = inst.attrs.get(name);
        if (v != null) {
            return v;
        }
        if (cls != null) {
            return bind(cls, inst);
        }
        Object ga = userMethod(inst.getType(), "__getattr__");
        if (ga != null) {
            try {
                return Calls.call(ga, inst, name);
            } catch (PException ex) {
                if (ex.getType().isSubtypeOf(BuiltinTypes.ATTRIBUTE_ERROR)) {
                    return null;
                }
                throw ex;
            }
        }
        return null;
    }

    private static Object typeAttr(PyType t, String name) {
        switch (name) {
            case "__name__":
                return t.getName();
            case "__qualname__":
                return t.getQualname();
            case "__module__":
                return t.getModule();
            case "__mro__": {
                List<PyType> mro = t.mro();
                return new PTuple(mro.toArray());
            }
            case "__bases__":
                return t.getBase() == null ? PTuple.EMPTY : PTuple.of(t.getBase());
            case "__base__":
                return t.getBase() == null ? PNone.NONE : t.getBase();
            case "__class__":
                return BuiltinTypes.TYPE;
            case "__doc__": {
                Object d = t.lookup("__doc__");
                return d == null ? PNone.NONE : d;
            }
            case "__dict__": {
                PDict d = new PDict();
                for (var me : t.dict.entrySet()) {
                    d.put(me.getKey(), me.getValue());
                }
                return d;
            }
            default:
                break;
        }
        Object v = t.lookup(name);
        if (v instanceof PStaticMethod sm) {
            return sm.function();
        }
        if (v instanceof PClassMethod cm) {
            return new PBoundMethod(t, cm.function());
        }
        if (v != null) {
            return v;
        }
        if (name.equals("mro")) {
            return new PBuiltinFunction("mro", (a, k) -> new PList(t.mro()));
        }
        return null;
    }

    private static Object functionAttr(PFunction f, String name) {
        switch (name) {
            case "__name__":
                return f.name;
            case "__qualname__":
                return f.qualname;
            case "__code__":
                return f.code;
            case "__closure__":
                return f.closure == null || f.closure.length == 0 ? PNone.NONE : new PTuple(f.closure.clone());
            case "__defaults__":
                return f.defaults == null || f.defaults.length == 0 ? PNone.NONE : new PTuple(f.defaults.clone());
            case "__kwdefaults__": {
                if (f.kwDefaults == null || f.kwDefaults.isEmpty()) {
                    return PNone.NONE;
                }
                PDict d = new PDict();
                for (var me : f.kwDefaults.entrySet()) {
                    d.put(me.getKey(), me.getValue());
                }
                return d;
            }
            case "__globals__":
                return f.globals;
            case "__module__": {
                if (f.attrs != null && f.attrs.containsKey("__module__")) {
                    return f.attrs.get("__module__");
                }
                Object m = f.globals == null ? null : f.globals.getStr("__name__");
                return m == null ? PNone.NONE : m;
            }
            case "__doc__": {
                if (f.attrs != null && f.attrs.containsKey("__doc__")) {
                    return f.attrs.get("__doc__");
                }
                return PNone.NONE;
            }
            case "__dict__": {
                PDict d = new PDict();
                if (f.attrs != null) {
                    for (var me : f.attrs.entrySet()) {
                        d.put(me.getKey(), me.getValue());
                    }
                }
                return d;
            }
            default:
                return f.attrs == null ? null : f.attrs.get(name);
        }
    }

    private static PTuple strTuple(String[] names) {
        return new PTuple(names == null ? new Object[0] : names.clone());
    }

    private static Object codeAttr(PCode c, String name) {
        switch (name) {
            case "co_name":
                return c.name;
            case "co_qualname":
                return c.qualname;
            case "co_filename":
                return c.fileName;
            case "co_firstlineno":
                return (long) c.firstLine;
            case "co_varnames":
                return strTuple(c.varnames);
            case "co_cellvars":
                return strTuple(c.cellvars);
            case "co_freevars":
                return strTuple(c.freevars);
            case "co_argcount":
                return (long) c.argcount;
            case "co_posonlyargcount":
                return (long) c.posonlyargcount;
            case "co_kwonlyargcount":
                return (long) c.kwonlyargcount;
            case "co_nlocals":
                return (long) (c.varnames == null ? 0 : c.varnames.length);
            case "co_flags": {
                long flags = 0x3; // OPTIMIZED | NEWLOCALS
                if (c.hasVarargs) {
                    flags |= 0x4;
                }
                if (c.hasVarkw) {
                    flags |= 0x8;
                }
                if (c.freevars == null || c.freevars.length == 0) {
                    flags |= 0x40; // NOFREE... CPython sets NESTED differently; close enough
                }
                if (c.isGenerator) {
                    flags |= 0x20;
                }
                return flags;
            }
            default:
                return null;
        }
    }

    /** The AttributeError CPython raises for a missing attribute (with name/obj for hints). */
    @TruffleBoundary
    public static PException attributeError(Object obj, String name) {
        String msg;
        if (obj instanceof PSuper) {
            msg = "'super' object has no attribute '" + name + "'";
        } else if (obj instanceof PyType t) {
            msg = "type object '" + t.getName() + "' has no attribute '" + name + "'";
        } else if (obj instanceof PModule m) {
            msg = "module '" + m.name + "' has no attribute '" + name + "'";
        } else {
            msg = "'" + typeName(obj) + "' object has no attribute '" + name + "'";
        }
        PException ex = PyErrors.attributeError("%s", msg);
        PBaseException e = ex.getValue();
        e.attrs.put("name", name);
        e.attrs.put("obj", obj);
        suggest(e, name, attributeNames(obj));
        return ex;
    }

    /** The names dir(obj) would list, for "Did you mean" hints. */
    @TruffleBoundary
    public static List<String> attributeNames(Object obj) {
        List<String> names = new ArrayList<>();
        if (obj instanceof PInstance i) {
            for (String k : i.attrs.keySet()) {
                if (!k.equals(SUGGESTION_KEY)) {
                    names.add(k);
                }
            }
        }
        if (obj instanceof PModule m) {
            for (Object k : m.dict.keys()) {
                if (k instanceof String s) {
                    names.add(s);
                }
            }
            return names;
        }
        if (obj instanceof PFunction f && f.attrs != null) {
            names.addAll(f.attrs.keySet());
        }
        PyType t = obj instanceof PyType pt ? pt : typeOf(obj);
        for (PyType c = t; c != null; c = c.getBase()) {
            names.addAll(c.dict.keySet());
            String[] extra = c.isBuiltin() ? DirNames.EXTRA.get(c.getName()) : null;
            if (extra != null) {
                names.addAll(java.util.Arrays.asList(extra));
            }
            if (!c.isBuiltin()) {
                names.add("__dict__");
                names.add("__module__");
                names.add("__weakref__");
            }
        }
        return names;
    }

    @TruffleBoundary
    public static void setAttr(Object obj, String name, Object value) {
        if (obj instanceof PInstance inst) {
            Object sa = userMethod(inst.getType(), "__setattr__");
            if (sa != null) {
                Calls.call(sa, inst, name, value);
                return;
            }
            setInstanceAttr(inst, name, value);
            return;
        }
        if (obj instanceof PyType t) {
            if (t.isBuiltin()) {
                throw PyErrors.typeError("cannot set '%s' attribute of immutable type '%s'", name, t.getName());
            }
            if (name.equals("__qualname__") && value instanceof String s) {
                t.setQualname(s);
                return;
            }
            if (name.equals("__module__") && value instanceof String s) {
                t.setModule(s);
            }
            t.dict.put(name, value);
            return;
        }
        if (obj instanceof PFunction f) {
            switch (name) {
                case "__name__":
                    if (!(value instanceof String s)) {
                        throw PyErrors.typeError("__name__ must be set to a string object");
                    }
                    f.name = s;
                    return;
                case "__qualname__":
                    if (!(value instanceof String s)) {
                        throw PyErrors.typeError("__qualname__ must be set to a string object");
                    }
                    f.qualname = s;
                    return;
                case "__defaults__":
                    if (value == PNone.NONE) {
                        f.defaults = null;
                    } else if (value instanceof PTuple t) {
                        f.defaults = t.items().clone();
                    } else {
                        throw PyErrors.typeError("__defaults__ must be set to a tuple object");
                    }
                    return;
                case "__kwdefaults__":
                    if (value == PNone.NONE) {
                        f.kwDefaults = null;
                    } else if (value instanceof PDict d) {
                        Map<String, Object> m = new java.util.LinkedHashMap<>();
                        for (PDict.Entry e : d.entries()) {
                            m.put(str(e.key), e.value);
                        }
                        f.kwDefaults = m;
                    } else {
                        throw PyErrors.typeError("__kwdefaults__ must be set to a dict object");
                    }
                    return;
                case "__code__":
                    if (!(value instanceof PCode)) {
                        throw PyErrors.typeError("__code__ must be set to a code object");
                    }
                    throw PyErrors.typeError("assigning __code__ is not supported");
                case "__closure__", "__globals__":
                    throw PyErrors.attributeError("readonly attribute");
                default:
                    f.attrs().put(name, value);
                    return;
            }
        }
        if (obj instanceof Cell c && name.equals("cell_contents")) {
            c.ref = value;
            return;
        }
        if (obj instanceof PModule m) {
            m.dict.put(name, value);
            return;
        }
        PyType t = typeOf(obj);
        if (t.lookup(name) != null) {
            throw PyErrors.attributeError("'%s' object attribute '%s' is read-only", t.getName(), name);
        }
        throw PyErrors.attributeError("'%s' object has no attribute '%s'", t.getName(), name);
    }

    /** object.__setattr__: stores into the instance dict (exceptions' own fields first). */
    @TruffleBoundary
    public static void setInstanceAttr(PInstance inst, String name, Object value) {
        if (inst instanceof PBaseException e) {
            switch (name) {
                case "args":
                    e.setArgs(value instanceof PTuple t ? t : new PTuple(toArray(value)));
                    return;
                case "__cause__":
                    if (value != PNone.NONE && !(value instanceof PBaseException)) {
                        throw PyErrors.typeError("exception cause must be None or derive from BaseException");
                    }
                    e.cause = value == PNone.NONE ? null : (PBaseException) value;
                    e.suppressContext = true;
                    return;
                case "__context__":
                    if (value != PNone.NONE && !(value instanceof PBaseException)) {
                        throw PyErrors.typeError("exception context must be None or derive from BaseException");
                    }
                    e.context = value == PNone.NONE ? null : (PBaseException) value;
                    return;
                case "__suppress_context__":
                    e.suppressContext = isTrue(value);
                    return;
                case "__traceback__":
                    return;
                default:
                    break;
            }
        }
        if (name.equals("__class__")) {
            throw PyErrors.typeError("__class__ assignment not supported");
        }
        // a descriptor with __set__ on the class (property-like user objects)
        Object cls = inst.getType().lookup(name);
        if (cls instanceof PProperty p) {
            if (p.fset() == PNone.NONE) {
                throw PyErrors.attributeError("property %s of '%s' object has no setter", propertyName(inst.getType(), p),
                                typeName(inst));
            }
            Calls.call(p.fset(), inst, value);
            return;
        }
        if (cls instanceof PInstance d) {
            Object set = userMethod(d.getType(), "__set__");
            if (set != null) {
                Calls.call(set, d, inst, value);
                return;
            }
        }
        inst.attrs.put(name, value);
    }

    @TruffleBoundary
    public static void delAttr(Object obj, String name) {
        if (obj instanceof PInstance inst) {
            Object da = userMethod(inst.getType(), "__delattr__");
            if (da != null) {
                Calls.call(da, inst, name);
                return;
            }
            Object cls = inst.getType().lookup(name);
            if (cls instanceof PProperty p) {
                if (p.fdel() == PNone.NONE) {
                    throw PyErrors.attributeError("property %s of '%s' object has no deleter",
                                    propertyName(inst.getType(), p), typeName(inst));
                }
                Calls.call(p.fdel(), inst);
                return;
            }
            if (inst.attrs.remove(name) == null) {
                throw attributeError(obj, name);
            }
            return;
        }
        if (obj instanceof PyType t && !t.isBuiltin()) {
            if (t.dict.remove(name) == null) {
                throw attributeError(obj, name);
            }
            return;
        }
        if (obj instanceof PFunction f) {
            if (f.attrs == null || f.attrs.remove(name) == null) {
                throw attributeError(obj, name);
            }
            return;
        }
        if (obj instanceof Cell c && name.equals("cell_contents")) {
            c.ref = null;
            return;
        }
        if (obj instanceof PModule m) {
            if (m.dict.remove(name) == null) {
                throw attributeError(obj, name);
            }
            return;
        }
        if (obj instanceof PyType t) {
            throw PyErrors.typeError("cannot set '%s' attribute of immutable type '%s'", name, t.getName());
        }
        PyType t = typeOf(obj);
        if (t.lookup(name) != null) {
            throw PyErrors.attributeError("'%s' object attribute '%s' is read-only", t.getName(), name);
        }
        throw PyErrors.attributeError("'%s' object has no attribute '%s'", t.getName(), name);
    }

    // ---- items -----------------------------------------------------------------------------

    /** CPython's {@code PyNumber_AsSsize_t} for an index argument; TypeError text by caller. */
    private static boolean isIndex(Object o) {
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

    private static long seqIndex(Object key, long len, String what) {
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

    private static Object sliceArg(Object o) {
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
            Object v = d.get(key);
            if (v == null) {
                throw PyErrors.keyError(key);
            }
            return v;
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

    private static void setListSlice(PList l, PSlice s, Object value) {
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

    private static Object[] toArrayForSlice(Object value) {
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

    // ---- membership and iteration ----------------------------------------------------------

    @TruffleBoundary
    public static boolean contains(Object container, Object item) {
        if (container instanceof String s) {
            if (!(item instanceof String sub)) {
                throw PyErrors.typeError("'in <string>' requires string as left operand, not %s", typeName(item));
            }
            return s.contains(sub);
        } else if (container instanceof PList l) {
            for (int i = 0; i < l.size(); i++) {
                if (sameOrEq(l.get(i), item)) {
                    return true;
                }
            }
            return false;
        } else if (container instanceof PTuple t) {
            for (Object o : t.items()) {
                if (sameOrEq(o, item)) {
                    return true;
                }
            }
            return false;
        } else if (container instanceof PDict d) {
            return d.containsKey(item);
        } else if (container instanceof PSet s) {
            if (item instanceof PSet inner && !inner.frozen) {
                return s.contains(inner.copy(true));
            }
            return s.contains(item);
        } else if (container instanceof PRange r) {
            if (item instanceof Long || item instanceof Boolean) {
                long v = PyInt.asIndexLong(item);
                if (r.step > 0 ? (v < r.start || v >= r.stop) : (v > r.start || v <= r.stop)) {
                    return false;
                }
                return (v - r.start) % r.step == 0;
            }
            if (item instanceof BigInteger) {
                return false;
            }
        } else if (container instanceof PDictView v) {
            switch (v.kind) {
                case KEYS:
                    return v.dict.containsKey(item);
                case ITEMS: {
                    if (!(item instanceof PTuple t) || t.size() != 2) {
                        return false;
                    }
                    Object val = v.dict.get(t.get(0));
                    return val != null && sameOrEq(val, t.get(1));
                }
                default:
                    break;
            }
        } else if (container instanceof PInstance i) {
            Object m = userMethod(i.getType(), "__contains__");
            if (m != null) {
                return isTrue(Calls.call(m, container, item));
            }
            if (userMethod(i.getType(), "__iter__") == null && userMethod(i.getType(), "__getitem__") == null) {
                throw PyErrors.typeError("argument of type '%s' is not iterable", typeName(container));
            }
        } else if (!(container instanceof PIterator)) {
            throw PyErrors.typeError("argument of type '%s' is not iterable", typeName(container));
        }
        Object it = iter(container);
        Object v;
        while ((v = next(it)) != null) {
            if (sameOrEq(v, item)) {
                return true;
            }
        }
        return false;
    }

    /** True when iter(o) would succeed. */
    @TruffleBoundary
    public static boolean isIterable(Object o) {
        if (o instanceof PInstance i) {
            return userMethod(i.getType(), "__iter__") != null || userMethod(i.getType(), "__getitem__") != null;
        }
        return o instanceof PList || o instanceof PTuple || o instanceof String || o instanceof PDict || o instanceof PSet
                        || o instanceof PRange || o instanceof PIterator || o instanceof PDictView;
    }

    @TruffleBoundary
    public static Object iter(Object o) {
        if (o instanceof PIterator) {
            return o;
        } else if (o instanceof PList l) {
            return new Iterators.ListIter(l);
        } else if (o instanceof PTuple t) {
            return new Iterators.ArrayIter(t.items(), false);
        } else if (o instanceof PRange r) {
            return new Iterators.RangeIter(r);
        } else if (o instanceof String s) {
            return new Iterators.StrIter(s, false);
        } else if (o instanceof PDict d) {
            return new Iterators.DictIter(d, Iterators.DictItemKind.KEYS, false);
        } else if (o instanceof PSet s) {
            return new Iterators.SetIter(s);
        } else if (o instanceof PDictView v) {
            return new Iterators.DictIter(v.dict, v.kind, false);
        } else if (o instanceof PInstance i) {
            Object m = userMethod(i.getType(), "__iter__");
            if (m != null) {
                Object r = Calls.call(m, o);
                if (!(r instanceof PIterator) && dunder(r, "__next__") == null) {
                    throw PyErrors.typeError("iter() returned non-iterator of type '%s'", typeName(r));
                }
                return r;
            }
            if (userMethod(i.getType(), "__getitem__") != null) {
                return new Iterators.SeqIter(o);
            }
        }
        throw PyErrors.typeError("'%s' object is not iterable", typeName(o));
    }

    /** The next value of an iterator, or null when it is exhausted. */
    @TruffleBoundary
    public static Object next(Object it) {
        if (it instanceof PIterator p) {
            return p.next();
        }
        if (it instanceof PInstance i) {
            Object m = userMethod(i.getType(), "__next__");
            if (m != null) {
                try {
                    return Calls.call(m, it);
                } catch (PException e) {
                    if (e.getType().isSubtypeOf(BuiltinTypes.STOP_ITERATION)) {
                        return null;
                    }
                    throw e;
                }
            }
        }
        throw PyErrors.typeError("'%s' object is not an iterator", typeName(it));
    }

    /** All values of an iterable, in order. */
    @TruffleBoundary
    public static Object[] toArray(Object iterable) {
        if (iterable instanceof PTuple t) {
            return t.items().clone();
        }
        if (iterable instanceof PList l) {
            return l.items.toArray();
        }
        ArrayList<Object> out = new ArrayList<>();
        Object it = iter(iterable);
        Object v;
        while ((v = next(it)) != null) {
            out.add(v);
        }
        return out.toArray();
    }

    /** All values of an iterable as a Java list. */
    @TruffleBoundary
    public static ArrayList<Object> toList(Object iterable) {
        if (iterable instanceof PList l) {
            return new ArrayList<>(l.items);
        }
        ArrayList<Object> out = new ArrayList<>();
        Object it = iter(iterable);
        Object v;
        while ((v = next(it)) != null) {
            out.add(v);
        }
        return out;
    }

    // ---- calls and formatting --------------------------------------------------------------

    @TruffleBoundary
    public static boolean isCallable(Object o) {
        if (o instanceof PFunction || o instanceof PBuiltinFunction || o instanceof PBoundMethod || o instanceof PyType
                        || o instanceof PStaticMethod) {
            return true;
        }
        if (o instanceof PInstance i) {
            return userMethod(i.getType(), "__call__") != null;
        }
        return false;
    }

    /** format(value, spec): the format-spec mini-language, or the value's __format__. */
    @TruffleBoundary
    public static String format(Object value, String spec) {
        if (value instanceof PInstance i) {
            Object m = userMethod(i.getType(), "__format__");
            if (m != null) {
                return checkStr(Calls.call(m, value, spec), "__format__");
            }
            if (spec.isEmpty()) {
                return str(value);
            }
            throw PyErrors.typeError("unsupported format string passed to %s.__format__", typeName(value));
        }
        return FormatSpec.format(value, spec);
    }
}
