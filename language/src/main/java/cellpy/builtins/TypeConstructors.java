package cellpy.builtins;

import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.DictUpdate;
import cellpy.runtime.PBaseException;
import cellpy.runtime.PDict;
import cellpy.runtime.PInstance;
import cellpy.runtime.PList;
import cellpy.runtime.PNone;
import cellpy.runtime.PRange;
import cellpy.runtime.PSet;
import cellpy.runtime.PSlice;
import cellpy.runtime.PTuple;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyObjects;
import cellpy.runtime.PyType;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigInteger;

/**
 * What calling a built-in type does ({@link PyType#constructor}): {@code int("12")},
 * {@code list(gen)}, {@code dict(a=1)}, {@code range(3)}, {@code ValueError("x")}, ... with
 * CPython's argument errors.
 */
final class TypeConstructors {
    private TypeConstructors() {
    }

    @TruffleBoundary
    static void install() {
        BuiltinTypes.INT.constructor = TypeConstructors::newInt;
        BuiltinTypes.FLOAT.constructor = (a, k) -> {
            Args.range("float", a, k, 0, 1);
            return a.length == 0 ? 0.0 : Conversions.toFloat(a[0]);
        };
        BuiltinTypes.STR.constructor = TypeConstructors::newStr;
        BuiltinTypes.BOOL.constructor = (a, k) -> {
            Args.range("bool", a, k, 0, 1);
            return a.length == 0 ? false : PyObjects.isTrue(a[0]);
        };
        BuiltinTypes.LIST.constructor = (a, k) -> {
            Args.range("list", a, k, 0, 1);
            return a.length == 0 ? new PList() : new PList(PyObjects.toList(a[0]));
        };
        BuiltinTypes.TUPLE.constructor = (a, k) -> {
            Args.range("tuple", a, k, 0, 1);
            if (a.length == 0) {
                return PTuple.EMPTY;
            }
            if (a[0] instanceof PTuple t) {
                return t;
            }
            return PTuple.of(PyObjects.toArray(a[0]));
        };
        BuiltinTypes.DICT.constructor = (a, k) -> {
            int n = Args.positional(a, k);
            if (n > 1) {
                throw PyErrors.typeError("dict expected at most 1 argument, got %d", n);
            }
            PDict d = new PDict();
            if (n == 1) {
                DictUpdate.update(d, a[0]);
            }
            for (int i = 0; i < k.length; i++) {
                d.put(k[i], a[n + i]);
            }
            return d;
        };
        BuiltinTypes.SET.constructor = (a, k) -> {
            Args.noKw("set", k);
            Args.range("set", a, k, 0, 1);
            return a.length == 0 ? new PSet() : PSet.of(a[0], false);
        };
        BuiltinTypes.FROZENSET.constructor = (a, k) -> {
            Args.noKw("frozenset", k);
            Args.range("frozenset", a, k, 0, 1);
            if (a.length == 1 && a[0] instanceof PSet s && s.frozen) {
                return s;
            }
            return a.length == 0 ? new PSet(true) : PSet.of(a[0], true);
        };
        BuiltinTypes.RANGE.constructor = TypeConstructors::newRange;
        BuiltinTypes.SLICE.constructor = (a, k) -> {
            Args.range("slice", a, k, 1, 3);
            if (a.length == 1) {
                return new PSlice(PNone.NONE, a[0], PNone.NONE);
            }
            return new PSlice(a[0], a[1], a.length == 3 ? a[2] : PNone.NONE);
        };
        BuiltinTypes.TYPE.constructor = (a, k) -> {
            if (a.length == 1 && k.length == 0) {
                return PyObjects.typeOf(a[0]);
            }
            if (a.length - k.length != 3) {
                throw PyErrors.typeError("type() takes 1 or 3 arguments");
            }
            return newClass(a[0], a[1], a[2]);
        };
        BuiltinTypes.OBJECT.constructor = (a, k) -> {
            if (a.length > 0) {
                throw PyErrors.typeError("object() takes no arguments");
            }
            return new PInstance(BuiltinTypes.OBJECT);
        };
        java.util.List<PyType> all = new java.util.ArrayList<>(java.util.Arrays.asList(BuiltinTypes.EXCEPTIONS));
        all.addAll(java.util.Arrays.asList(BuiltinTypes.MORE_EXCEPTIONS));
        for (PyType t : all) {
            t.constructor = (a, k) -> {
                if (k.length > 0) {
                    throw PyErrors.typeError("%s() takes no keyword arguments", t.getName());
                }
                return new PBaseException(t, new PTuple(a.clone()));
            };
        }
    }

    @TruffleBoundary
    static Object newInt(Object[] a, String[] k) {
        Object[] o = Args.keywords("int", a, k, "base");
        int n = Args.positional(a, k);
        if (n > 2) {
            throw PyErrors.typeError("int() takes at most 2 arguments (%d given)", n);
        }
        Object base = n == 2 ? a[1] : o[0];
        if (n == 0) {
            if (base != null) {
                throw PyErrors.typeError("int() missing string argument");
            }
            return 0L;
        }
        if (base == null) {
            return Conversions.toInt(a[0]);
        }
        return Conversions.toInt(a[0], base);
    }

    @TruffleBoundary
    static Object newStr(Object[] a, String[] k) {
        Object[] o = Args.keywords("str", a, k, "object", "encoding", "errors");
        int n = Args.positional(a, k);
        if (n > 3) {
            throw PyErrors.typeError("str() takes at most 3 arguments (%d given)", n);
        }
        Object v = n >= 1 ? a[0] : o[0];
        if (n > 1 || o[1] != null || o[2] != null) {
            throw PyErrors.typeError("decoding str is not supported");
        }
        return v == null ? "" : PyObjects.str(v);
    }

    private static long rangeArg(Object o) {
        Object i = PyObjects.index(o);
        if (i instanceof BigInteger) {
            throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
        }
        return (Long) i;
    }

    @TruffleBoundary
    static Object newRange(Object[] a, String[] k) {
        Args.range("range", a, k, 1, 3);
        long start = 0;
        long stop;
        long step = 1;
        if (a.length == 1) {
            stop = rangeArg(a[0]);
        } else {
            start = rangeArg(a[0]);
            stop = rangeArg(a[1]);
            if (a.length == 3) {
                step = rangeArg(a[2]);
                if (step == 0) {
                    throw PyErrors.valueError("range() arg 3 must not be zero");
                }
            }
        }
        return new PRange(start, stop, step);
    }

    /** type(name, bases, dict): a user class with at most one base. */
    @TruffleBoundary
    static Object newClass(Object name, Object bases, Object dict) {
        if (!(name instanceof String n)) {
            throw PyErrors.typeError("type.__new__() argument 1 must be str, not %s", PyObjects.typeName(name));
        }
        if (!(bases instanceof PTuple b)) {
            throw PyErrors.typeError("type.__new__() argument 2 must be tuple, not %s", PyObjects.typeName(bases));
        }
        if (!(dict instanceof PDict d)) {
            throw PyErrors.typeError("type.__new__() argument 3 must be dict, not %s", PyObjects.typeName(dict));
        }
        PyType base = BuiltinTypes.OBJECT;
        if (b.size() > 1) {
            throw PyErrors.typeError("multiple inheritance is not supported");
        }
        if (b.size() == 1) {
            if (!(b.get(0) instanceof PyType t)) {
                throw PyErrors.typeError("bases must be types");
            }
            base = t;
        }
        PyType t = new PyType(n, base, false);
        for (PDict.Entry e : d.entries()) {
            if (e.key instanceof String key) {
                t.dict.put(key, e.value);
            }
        }
        Object mod = d.get("__module__");
        if (mod instanceof String m) {
            t.setModule(m);
        }
        return t;
    }
}
