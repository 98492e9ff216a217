package cellpy.builtins;

import cellpy.CellpyContext;
import cellpy.runtime.BuiltinFn;
import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.Calls;
import cellpy.runtime.FloatFormat;
import cellpy.runtime.Iterators;
import cellpy.runtime.PBaseException;
import cellpy.runtime.PBuiltinFunction;
import cellpy.runtime.PDict;
import cellpy.runtime.PDictView;
import cellpy.runtime.PException;
import cellpy.runtime.PInstance;
import cellpy.runtime.PIterator;
import cellpy.runtime.PList;
import cellpy.runtime.PNone;
import cellpy.runtime.PRange;
import cellpy.runtime.PTuple;
import cellpy.runtime.PercentFormat;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyInt;
import cellpy.runtime.PyNumbers;
import cellpy.runtime.PyObjects;
import cellpy.runtime.PyStr;
import cellpy.runtime.PyType;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in functions (print, len, min, sorted, ...) as {@link PBuiltinFunction}s. Every one
 * consumes iterables lazily through {@link PyObjects#iter}/{@link PyObjects#next}, so user
 * iterators and generators work wherever a list does.
 */
public final class BuiltinFunctions {
    private BuiltinFunctions() {
    }

    static void put(PDict d, String name, BuiltinFn fn) {
        d.put(name, new PBuiltinFunction(name, fn));
    }

    @TruffleBoundary
    static void install(PDict d) {
        put(d, "print", BuiltinFunctions::print);
        put(d, "len", (a, k) -> PyObjects.len(Args.one("len", a, k)));
        put(d, "repr", (a, k) -> PyObjects.repr(Args.one("repr", a, k)));
        put(d, "ascii", (a, k) -> PercentFormat.ascii(PyObjects.repr(Args.one("ascii", a, k))));
        put(d, "abs", (a, k) -> PyNumbers.abs(Args.one("abs", a, k)));
        put(d, "id", (a, k) -> PyObjects.id(Args.one("id", a, k)));
        put(d, "hash", (a, k) -> PyObjects.hash(Args.one("hash", a, k)));
        put(d, "callable", (a, k) -> PyObjects.isCallable(Args.one("callable", a, k)));
        put(d, "iter", BuiltinFunctions::iter);
        put(d, "next", BuiltinFunctions::next);
        put(d, "min", (a, k) -> minMax("min", a, k, true));
        put(d, "max", (a, k) -> minMax("max", a, k, false));
        put(d, "sum", BuiltinFunctions::sum);
        put(d, "sorted", BuiltinFunctions::sorted);
        put(d, "reversed", BuiltinFunctions::reversed);
        put(d, "enumerate", BuiltinFunctions::enumerate);
        put(d, "zip", BuiltinFunctions::zip);
        put(d, "map", BuiltinFunctions::map);
        put(d, "filter", BuiltinFunctions::filter);
        put(d, "isinstance", BuiltinFunctions::isinstance);
        put(d, "issubclass", BuiltinFunctions::issubclass);
        put(d, "any", (a, k) -> anyAll(Args.one("any", a, k), true));
        put(d, "all", (a, k) -> anyAll(Args.one("all", a, k), false));
        put(d, "chr", BuiltinFunctions::chr);
        put(d, "ord", BuiltinFunctions::ord);
        put(d, "divmod", (a, k) -> {
            Args.range("divmod", a, k, 2, 2);
            return PyNumbers.divmod(a[0], a[1]);
        });
        put(d, "pow", (a, k) -> {
            Object[] p = Args.bind("pow", a, k, 2, "base", "exp", "mod");
            return PyNumbers.pow3(p[0], p[1], p[2] == null ? PNone.NONE : p[2]);
        });
        put(d, "round", BuiltinFunctions::round);
        put(d, "getattr", BuiltinFunctions::getattr);
        put(d, "setattr", (a, k) -> {
            Args.range("setattr", a, k, 3, 3);
            PyObjects.setAttr(a[0], attrName(a[1]), a[2]);
            return PNone.NONE;
        });
        put(d, "hasattr", (a, k) -> {
            Args.range("hasattr", a, k, 2, 2);
            try {
                return PyObjects.lookupAttr(a[0], attrName(a[1])) != null;
            } catch (PException e) {
                if (e.getType().isSubtypeOf(BuiltinTypes.ATTRIBUTE_ERROR)) {
                    return false;
                }
                throw e;
            }
        });
        put(d, "delattr", (a, k) -> {
            Args.range("delattr", a, k, 2, 2);
            PyObjects.delAttr(a[0], attrName(a[1]));
            return PNone.NONE;
        });
        put(d, "format", (a, k) -> {
            Args.range("format", a, k, 1, 2);
            if (a.length == 2 && !(a[1] instanceof String)) {
                throw PyErrors.typeError("format() argument 2 must be str, not %s", PyObjects.typeName(a[1]));
            }
            return PyObjects.format(a[0], a.length == 2 ? (String) a[1] : "");
        });
        put(d, "hex", (a, k) -> radix(Args.one("hex", a, k), 16, "0x"));
        put(d, "oct", (a, k) -> radix(Args.one("oct", a, k), 8, "0o"));
        put(d, "bin", (a, k) -> radix(Args.one("bin", a, k), 2, "0b"));
        put(d, "dir", BuiltinFunctions::dir);
        for (String name : new String[]{"exit", "quit"}) {
            put(d, name, (a, k) -> {
                Args.range(name, a, k, 0, 1);
                Object code = a.length == 0 ? PNone.NONE : a[0];
                throw new PException(new PBaseException(BuiltinTypes.SYSTEM_EXIT,
                                code == PNone.NONE ? PTuple.EMPTY : PTuple.of(code)));
            });
        }
        put(d, "vars", (a, k) -> {
            Args.range("vars", a, k, 1, 1);
            Object v = PyObjects.lookupAttr(a[0], "__dict__");
            if (v == null) {
                throw PyErrors.typeError("vars() argument must have __dict__ attribute");
            }
            return v;
        });
    }

    private static String attrName(Object o) {
        if (!(o instanceof String s)) {
            throw PyErrors.typeError("attribute name must be string, not '%s'", PyObjects.typeName(o));
        }
        return s;
    }

    // ---- print -----------------------------------------------------------------------------

    @TruffleBoundary
    static Object print(Object[] args, String[] kw) {
        Object[] o = Args.keywords("print", args, kw, "sep", "end", "file", "flush");
        String sep = sepArg(o[0], "sep", " ");
        String end = sepArg(o[1], "end", "\n");
        int n = Args.positional(args, kw);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(PyObjects.str(args[i]));
        }
        sb.append(end);
        Object file = o[2];
        if (file == null || file == PNone.NONE) {
            CellpyContext.get().streams().writeOut(sb.toString());
        } else {
            Calls.call(PyObjects.getAttr(file, "write"), sb.toString());
        }
        if (o[3] != null && PyObjects.isTrue(o[3])) {
            if (file == null || file == PNone.NONE) {
                CellpyContext.get().streams().flush();
            } else {
                Object f = PyObjects.lookupAttr(file, "flush");
                if (f != null) {
                    Calls.call(f);
                }
            }
        }
        return PNone.NONE;
    }

    private static String sepArg(Object v, String name, String def) {
        if (v == null || v == PNone.NONE) {
            return def;
        }
        if (v instanceof String s) {
            return s;
        }
        throw PyErrors.typeError("%s must be None or a string, not %s", name, PyObjects.typeName(v));
    }

    // ---- iteration -------------------------------------------------------------------------

    @TruffleBoundary
    static Object iter(Object[] a, String[] k) {
        Args.range("iter", a, k, 1, 2);
        if (a.length == 1) {
            return PyObjects.iter(a[0]);
        }
        Object callable = a[0];
        Object sentinel = a[1];
        if (!PyObjects.isCallable(callable)) {
            throw PyErrors.typeError("iter(v, w): v must be callable");
        }
        return new Iterators.FnIter("callable_iterator", () -> {
            Object v = Calls.call(callable);
            return PyObjects.eq(v, sentinel) ? null : v;
        });
    }

    @TruffleBoundary
    static Object next(Object[] a, String[] k) {
        Args.range("next", a, k, 1, 2);
        Object it = a[0];
        if (!(it instanceof PIterator) && PyObjects.dunder(it, "__next__") == null) {
            throw PyErrors.typeError("'%s' object is not an iterator", PyObjects.typeName(it));
        }
        if (a.length == 1) {
            // let a StopIteration (with its value) propagate unchanged
            if (it instanceof PIterator p) {
                return p.nextOrStop();
            }
            return Calls.call(PyObjects.dunder(it, "__next__"), it);
        }
        Object v = PyObjects.next(it);
        if (v == null) {
            if (a.length == 2) {
                return a[1];
            }
            throw PyErrors.raiseEmpty(BuiltinTypes.STOP_ITERATION);
        }
        return v;
    }

    @TruffleBoundary
    static Object minMax(String name, Object[] args, String[] kw, boolean isMin) {
        Object[] o = Args.keywords(name, args, kw, "key", "default");
        int n = Args.positional(args, kw);
        if (n == 0) {
            throw PyErrors.typeError("%s expected at least 1 argument, got 0", name);
        }
        Object key = o[0] == PNone.NONE ? null : o[0];
        Object dflt = o[1];
        if (n > 1 && dflt != null) {
            throw PyErrors.typeError("Cannot specify a default for %s() with multiple positional arguments", name);
        }
        Object it = n == 1 ? PyObjects.iter(args[0]) : new Iterators.ArrayIter(Args.positionalOnly(args, kw), false);
        Object best = null;
        Object bestKey = null;
        Object v;
        while ((v = PyObjects.next(it)) != null) {
            Object kv = key == null ? v : Calls.call(key, v);
            if (best == null) {
                best = v;
                bestKey = kv;
            } else {
                Object r = isMin ? PyObjects.lt(kv, bestKey) : PyObjects.gt(kv, bestKey);
                if (PyObjects.isTrue(r)) {
                    best = v;
                    bestKey = kv;
                }
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw PyErrors.valueError("%s() arg is an empty sequence", name);
        }
        return best;
    }

    @TruffleBoundary
    static Object sum(Object[] args, String[] kw) {
        Object[] o = Args.keywords("sum", args, kw, "start");
        int n = Args.positional(args, kw);
        if (n == 0) {
            throw PyErrors.typeError("sum() takes at least 1 positional argument (0 given)");
        }
        if (n > 2) {
            throw PyErrors.typeError("sum() takes at most 2 arguments (%d given)", n);
        }
        Object acc = n == 2 ? args[1] : o[0] != null ? o[0] : (Object) 0L;
        if (acc instanceof String) {
            throw PyErrors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        Object it = PyObjects.iter(args[0]);
        Object v;
        while ((v = PyObjects.next(it)) != null) {
            acc = PyNumbers.add(acc, v);
        }
        return acc;
    }

    @TruffleBoundary
    static Object sorted(Object[] args, String[] kw) {
        Object[] o = Args.keywords("sort", args, kw, "key", "reverse");
        int n = Args.positional(args, kw);
        if (n != 1) {
            throw PyErrors.typeError("sorted expected 1 argument, got %d", n);
        }
        PList l = new PList(PyObjects.toList(args[0]));
        Sorting.sort(l.items, o[0], o[1] != null && PyObjects.isTrue(o[1]));
        return l;
    }

    @TruffleBoundary
    static Object reversed(Object[] a, String[] k) {
        Args.range("reversed", a, k, 1, 1);
        Object s = a[0];
        if (s instanceof PList l) {
            return new Iterators.ListReverseIter(l);
        }
        if (s instanceof PTuple t) {
            return new Iterators.ArrayIter(t.items(), true);
        }
        if (s instanceof String str) {
            return new Iterators.StrIter(str, true);
        }
        if (s instanceof PRange r) {
            long len = r.length();
            return new Iterators.RangeIter(r.start + (len - 1) * r.step, -r.step, len);
        }
        if (s instanceof PDict d) {
            return new Iterators.DictIter(d, Iterators.DictItemKind.KEYS, true);
        }
        if (s instanceof PDictView v) {
            return new Iterators.DictIter(v.dict, v.kind, true);
        }
        if (s instanceof PInstance i) {
            Object m = PyObjects.userMethod(i.getType(), "__reversed__");
            if (m != null) {
                return Calls.call(m, s);
            }
            if (PyObjects.userMethod(i.getType(), "__len__") != null
                            && PyObjects.userMethod(i.getType(), "__getitem__") != null) {
                long[] idx = {PyObjects.len(s) - 1};
                return new Iterators.FnIter("reversed", () -> {
                    if (idx[0] < 0) {
                        return null;
                    }
                    return PyObjects.getItem(s, idx[0]--);
                });
            }
        }
        throw PyErrors.typeError("'%s' object is not reversible", PyObjects.typeName(s));
    }

    @TruffleBoundary
    static Object enumerate(Object[] args, String[] kw) {
        Object[] p = Args.bind("enumerate", args, kw, 0, "iterable", "start");
        if (p[0] == null) {
            throw PyErrors.typeError("enumerate() missing required argument 'iterable'");
        }
        Object it = PyObjects.iter(p[0]);
        Object start = p[1] == null ? 0L : p[1];
        if (!PyInt.isInt(start)) {
            throw PyErrors.typeError("'%s' object cannot be interpreted as an integer", PyObjects.typeName(start));
        }
        return new Iterators.EnumerateIter(it, PyInt.unbool(start));
    }

    @TruffleBoundary
    static Object zip(Object[] args, String[] kw) {
        Object[] o = Args.keywords("zip", args, kw, "strict");
        boolean strict = o[0] != null && PyObjects.isTrue(o[0]);
        int n = Args.positional(args, kw);
        Object[] its = new Object[n];
        for (int i = 0; i < n; i++) {
            its[i] = PyObjects.iter(args[i]);
        }
        return new Iterators.ZipIter(its, strict);
    }

    @TruffleBoundary
    static Object map(Object[] args, String[] kw) {
        Args.noKw("map", kw);
        if (args.length < 2) {
            throw PyErrors.typeError("map() must have at least two arguments.");
        }
        Object f = args[0];
        int n = args.length - 1;
        Object[] its = new Object[n];
        for (int i = 0; i < n; i++) {
            its[i] = PyObjects.iter(args[i + 1]);
        }
        return new Iterators.MapIter(f, its);
    }

    @TruffleBoundary
    static Object filter(Object[] args, String[] kw) {
        Args.range("filter", args, kw, 2, 2);
        Object f = args[0];
        Object it = PyObjects.iter(args[1]);
        return new Iterators.FilterIter(f, it);
    }

    // ---- types -----------------------------------------------------------------------------

    @TruffleBoundary
    static boolean isInstanceOf(Object obj, Object cls, String fname) {
        if (cls instanceof PyType t) {
            return PyObjects.typeOf(obj).isSubtypeOf(t);
        }
        if (cls instanceof PTuple t) {
            for (Object c : t.items()) {
                if (isInstanceOf(obj, c, fname)) {
                    return true;
                }
            }
            return false;
        }
        throw PyErrors.typeError("%s() arg 2 must be a type, a tuple of types, or a union", fname);
    }

    static Object isinstance(Object[] a, String[] k) {
        Args.range("isinstance", a, k, 2, 2);
        return isInstanceOf(a[0], a[1], "isinstance");
    }

    @TruffleBoundary
    static boolean isSubclassOf(PyType c, Object cls) {
        if (cls instanceof PyType t) {
            return c.isSubtypeOf(t);
        }
        if (cls instanceof PTuple t) {
            for (Object x : t.items()) {
                if (isSubclassOf(c, x)) {
                    return true;
                }
            }
            return false;
        }
        throw PyErrors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    static Object issubclass(Object[] a, String[] k) {
        Args.range("issubclass", a, k, 2, 2);
        if (!(a[0] instanceof PyType c)) {
            throw PyErrors.typeError("issubclass() arg 1 must be a class");
        }
        return isSubclassOf(c, a[1]);
    }

    // ---- misc ------------------------------------------------------------------------------

    @TruffleBoundary
    static Object anyAll(Object iterable, boolean any) {
        Object it = PyObjects.iter(iterable);
        Object v;
        while ((v = PyObjects.next(it)) != null) {
            if (PyObjects.isTrue(v) == any) {
                return any;
            }
        }
        return !any;
    }

    @TruffleBoundary
    static Object chr(Object[] a, String[] k) {
        Object x = Args.one("chr", a, k);
        Object i = PyObjects.index(x);
        if (i instanceof BigInteger) {
            throw PyErrors.overflowError("Python int too large to convert to C int");
        }
        long v = (Long) i;
        if (v < 0 || v > 0x10ffff) {
            throw PyErrors.valueError("chr() arg not in range(0x110000)");
        }
        return new String(Character.toChars((int) v));
    }

    @TruffleBoundary
    static Object ord(Object[] a, String[] k) {
        Object x = Args.one("ord", a, k);
        if (!(x instanceof String s)) {
            throw PyErrors.typeError("ord() expected string of length 1, but %s found", PyObjects.typeName(x));
        }
        int n = PyStr.length(s);
        if (n != 1) {
            throw PyErrors.typeError("ord() expected a character, but string of length %d found", n);
        }
        return (long) s.codePointAt(0);
    }

    @TruffleBoundary
    static Object round(Object[] args, String[] kw) {
        Object[] p = Args.bind("round", args, kw, 1, "number", "ndigits");
        Object x = p[0];
        Object nd = p[1] == null ? PNone.NONE : p[1];
        if (x instanceof PInstance i) {
            Object m = PyObjects.userMethod(i.getType(), "__round__");
            if (m == null) {
                throw PyErrors.typeError("type %s doesn't define __round__ method", PyObjects.typeName(x));
            }
            return nd == PNone.NONE ? Calls.call(m, x) : Calls.call(m, x, nd);
        }
        if (PyInt.isInt(x)) {
            Object v = PyInt.unbool(x);
            if (nd == PNone.NONE) {
                return v;
            }
            long n = PyInt.asClampedLong(PyObjects.index(nd));
            if (n >= 0) {
                return v;
            }
            if (n < -4000) {
                return 0L;
            }
            BigDecimal r = new BigDecimal(PyInt.toBig(v)).setScale((int) n, RoundingMode.HALF_EVEN);
            return PyInt.normalize(r.toBigInteger());
        }
        if (x instanceof Double d) {
            if (nd == PNone.NONE) {
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    return PyInt.fromDouble(d);
                }
                return PyInt.fromDouble(Math.rint(d));
            }
            long n = PyInt.asClampedLong(PyObjects.index(nd));
            if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
                return d;
            }
            if (n > 400) {
                return d;
            }
            if (n < -400) {
                return 0.0 * d;
            }
            BigDecimal r = new BigDecimal(d).setScale((int) n, RoundingMode.HALF_EVEN);
            double out = r.doubleValue();
            if (out == 0) {
                out = Math.copySign(0.0, d);
            }
            if (Double.isInfinite(out)) {
                throw PyErrors.overflowError("rounded value too large to represent");
            }
            return out;
        }
        throw PyErrors.typeError("type %s doesn't define __round__ method", PyObjects.typeName(x));
    }

    @TruffleBoundary
    static Object getattr(Object[] a, String[] k) {
        Args.range("getattr", a, k, 2, 3);
        String name = attrName(a[1]);
        if (a.length == 2) {
            return PyObjects.getAttr(a[0], name);
        }
        try {
            Object v = PyObjects.lookupAttr(a[0], name);
            return v == null ? a[2] : v;
        } catch (PException e) {
            if (e.getType().isSubtypeOf(BuiltinTypes.ATTRIBUTE_ERROR)) {
                return a[2];
            }
            throw e;
        }
    }

    @TruffleBoundary
    static Object radix(Object x, int radix, String prefix) {
        Object i = PyObjects.index(x);
        BigInteger b = PyInt.toBig(i);
        String digits = b.abs().toString(radix);
        return (b.signum() < 0 ? "-" : "") + prefix + digits;
    }

    @TruffleBoundary
    static Object dir(Object[] a, String[] k) {
        Args.range("dir", a, k, 1, 1);
        List<String> names = PyObjects.attributeNames(a[0]);
        java.util.TreeSet<String> set = new java.util.TreeSet<>(names);
        return new PList(new ArrayList<>(set));
    }

    /** repr of a float for callers outside the runtime package. */
    static String floatRepr(double d) {
        return FloatFormat.repr(d);
    }

    static PBaseException newException(PyType t, Object... args) {
        return new PBaseException(t, new PTuple(args));
    }
}
