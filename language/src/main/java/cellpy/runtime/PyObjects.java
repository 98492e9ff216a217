package cellpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
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
 *
 * <p>This class is the one entry point; the larger parts live in package-private classes of their
 * own ({@link Comparisons}, {@link Hashing}, {@link Repr}, {@link Attributes}, {@link Items}) and
 * are reached through the delegating methods at the end.
 */
public final class PyObjects {
    private PyObjects() {
    }

    /**
     * Hidden attribute holding a "Did you mean" name that the traceback printer appends (CPython
     * 3.11 computes it when printing AttributeError and NameError); set with {@link #suggest}.
     */
    public static final String SUGGESTION_KEY = "\0suggestion";

    // ---- types -----------------------------------------------------------------------------

    static final Map<String, PyType> OTHER_TYPES = new HashMap<>();

    /** The type object for a built-in type that has no constant in {@link BuiltinTypes}. */
    @TruffleBoundary
    public static synchronized PyType otherType(String name) {
        if (name.equals("generator")) {
            return BuiltinTypes.GENERATOR;
        }
        if (name.equals("super")) {
            return BuiltinTypes.SUPER;
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
            return BuiltinTypes.SUPER;
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

    static Object callDunder(Object method, Object self, Object... args) {
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

    static final long ADDRESS_BASE = 0x7f0000000000L;

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

    static String addr(Object o) {
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

    /**
     * {@code iter(o)}. An iterator is its own, and a range's or list's iterator is made here,
     * outside any boundary, so in compiled code neither the argument nor the new iterator
     * escapes: a generator made and consumed in one compiled unit, or a generator expression's
     * {@code .0}, can stay out of the heap (partial escape analysis). Everything else goes
     * through {@link #iterOther}.
     */
    public static Object iter(Object o) {
        if (o instanceof PIterator) {
            return o;
        } else if (o instanceof PRange r) {
            return new Iterators.RangeIter(r);
        } else if (o instanceof PList l) {
            return new Iterators.ListIter(l);
        }
        return iterOther(o);
    }

    @TruffleBoundary
    private static Object iterOther(Object o) {
        if (o instanceof PTuple t) {
            return new Iterators.ArrayIter(t.items(), false);
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
                return Repr.checkStr(Calls.call(m, value, spec), "__format__");
            }
            if (spec.isEmpty()) {
                return str(value);
            }
            throw PyErrors.typeError("unsupported format string passed to %s.__format__", typeName(value));
        }
        return FormatSpec.format(value, spec);
    }

    // ---- delegated to Comparisons -----------------------------------------------------------

    @TruffleBoundary
    public static int compareNumbers(Object a, Object b) {
        return Comparisons.compareNumbers(a, b);
    }

    @TruffleBoundary
    public static boolean eq(Object a, Object b) {
        return Comparisons.eq(a, b);
    }

    @TruffleBoundary
    public static boolean ne(Object a, Object b) {
        return Comparisons.ne(a, b);
    }

    @TruffleBoundary
    public static boolean sameOrEq(Object a, Object b) {
        return Comparisons.sameOrEq(a, b);
    }

    @TruffleBoundary
    public static PSet viewAsSet(PDictView v) {
        return Comparisons.viewAsSet(v);
    }

    @TruffleBoundary
    public static Object richEq(Object a, Object b) {
        return Comparisons.richEq(a, b);
    }

    @TruffleBoundary
    public static Object richNe(Object a, Object b) {
        return Comparisons.richNe(a, b);
    }

    @TruffleBoundary
    public static Object lt(Object a, Object b) {
        return Comparisons.lt(a, b);
    }

    @TruffleBoundary
    public static Object le(Object a, Object b) {
        return Comparisons.le(a, b);
    }

    @TruffleBoundary
    public static Object gt(Object a, Object b) {
        return Comparisons.gt(a, b);
    }

    @TruffleBoundary
    public static Object ge(Object a, Object b) {
        return Comparisons.ge(a, b);
    }

    @TruffleBoundary
    public static Object compareOp(String op, Object a, Object b) {
        return Comparisons.compareOp(op, a, b);
    }

    @TruffleBoundary
    public static boolean lessThan(Object a, Object b) {
        return Comparisons.lessThan(a, b);
    }

    @TruffleBoundary
    public static int compareStrings(String x, String y) {
        return Comparisons.compareStrings(x, y);
    }

    // ---- delegated to Hashing ---------------------------------------------------------------

    @TruffleBoundary
    public static long hash(Object o) {
        return Hashing.hash(o);
    }

    @TruffleBoundary
    public static long tupleHash(Object[] items) {
        return Hashing.tupleHash(items);
    }

    @TruffleBoundary
    public static Object instanceKey(PInstance inst) {
        return Hashing.instanceKey(inst);
    }

    // ---- delegated to Repr ------------------------------------------------------------------

    @TruffleBoundary
    public static String repr(Object o) {
        return Repr.repr(o);
    }

    @TruffleBoundary
    public static String defaultRepr(Object o) {
        return Repr.defaultRepr(o);
    }

    @TruffleBoundary
    public static String str(Object o) {
        return Repr.str(o);
    }

    @TruffleBoundary
    public static String exceptionStr(PBaseException e) {
        return Repr.exceptionStr(e);
    }

    @TruffleBoundary
    public static String exceptionLine(PBaseException e) {
        return Repr.exceptionLine(e);
    }

    @TruffleBoundary
    public static void suggest(PBaseException e, String name, Iterable<String> candidates) {
        Repr.suggest(e, name, candidates);
    }

    // ---- delegated to Attributes ------------------------------------------------------------

    @TruffleBoundary
    public static Object getAttr(Object obj, String name) {
        return Attributes.getAttr(obj, name);
    }

    /**
     * A class attribute {@code v} as {@code self.name} sees it: functions bound to self, static and
     * class methods unwrapped, descriptors applied. Not a boundary: for a cached, constant class
     * attribute that is a plain method, partial evaluation keeps only the bound-method allocation.
     */
    public static Object bindClassAttr(Object v, Object self) {
        return Attributes.bind(v, self);
    }

    @TruffleBoundary
    public static Object lookupAttr(Object obj, String name) {
        return Attributes.lookupAttr(obj, name);
    }

    @TruffleBoundary
    public static PException attributeError(Object obj, String name) {
        return Attributes.attributeError(obj, name);
    }

    @TruffleBoundary
    public static List<String> attributeNames(Object obj) {
        return Attributes.attributeNames(obj);
    }

    @TruffleBoundary
    public static void setAttr(Object obj, String name, Object value) {
        if (obj instanceof PGenerator g && GeneratorAttributes.set(g, name, value)) {
            return;
        }
        Attributes.setAttr(obj, name, value);
    }

    @TruffleBoundary
    public static void setInstanceAttr(PInstance inst, String name, Object value) {
        Attributes.setInstanceAttr(inst, name, value);
    }

    @TruffleBoundary
    public static void delAttr(Object obj, String name) {
        Attributes.delAttr(obj, name);
    }

    // ---- delegated to Items -----------------------------------------------------------------

    @TruffleBoundary
    public static Object index(Object o) {
        return Items.index(o);
    }

    @TruffleBoundary
    public static long[] sliceIndices(PSlice s, long len) {
        return Items.sliceIndices(s, len);
    }

    @TruffleBoundary
    public static Object getItem(Object obj, Object key) {
        return Items.getItem(obj, key);
    }

    @TruffleBoundary
    public static String strSlice(String str, PSlice s) {
        return Items.strSlice(str, s);
    }

    @TruffleBoundary
    public static void setItem(Object obj, Object key, Object value) {
        Items.setItem(obj, key, value);
    }

    @TruffleBoundary
    public static void delItem(Object obj, Object key) {
        Items.delItem(obj, key);
    }
}
