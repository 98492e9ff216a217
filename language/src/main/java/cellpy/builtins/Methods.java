package cellpy.builtins;

import cellpy.runtime.BuiltinFn;
import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.PBuiltinFunction;
import cellpy.runtime.PNone;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyInt;
import cellpy.runtime.PyObjects;
import cellpy.runtime.PyType;

/**
 * Registers a built-in type's method. The wrapper checks the receiver as CPython's method
 * descriptors do ({@code str.upper(1)} is a TypeError), so every method body may cast args[0].
 */
final class Methods {
    private Methods() {
    }

    static void def(PyType t, String name, BuiltinFn fn) {
        BuiltinFn checked = (a, k) -> {
            if (a.length - k.length == 0) {
                throw PyErrors.typeError("unbound method %s.%s() needs an argument", t.getName(), name);
            }
            if (!PyObjects.typeOf(a[0]).isSubtypeOf(t)) {
                throw PyErrors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                                t.getName(), PyObjects.typeName(a[0]));
            }
            return fn.call(a, k);
        };
        t.dict.put(name, new PBuiltinFunction(name, t, checked, fn));
    }

    /** A method taking no arguments besides self. */
    static void def0(PyType t, String name, java.util.function.Function<Object, Object> body) {
        String qn = t.getName() + "." + name;
        def(t, name, (a, k) -> {
            Args.noArgs(qn, a, k);
            return body.apply(a[0]);
        });
    }

    /** A method taking exactly one argument besides self (METH_O). */
    static void def1(PyType t, String name, java.util.function.BiFunction<Object, Object, Object> body) {
        String qn = t.getName() + "." + name;
        def(t, name, (a, k) -> {
            Args.noKw(qn, k);
            if (a.length != 2) {
                throw PyErrors.typeError("%s() takes exactly one argument (%d given)", qn, a.length - 1);
            }
            return body.apply(a[0], a[1]);
        });
    }

    /**
     * Positional-only range check for methods: "name expected at most N arguments, got M"; with
     * keywords, "type.name() takes no keyword arguments", qualified as CPython qualifies it.
     */
    static void range(String type, String name, Object[] a, String[] k, int min, int max) {
        Args.noKw(type, name, k);
        int n = a.length - 1;
        if (n < min || n > max) {
            String what;
            int bound;
            if (min == max) {
                what = "";
                bound = min;
            } else if (n < min) {
                what = "at least ";
                bound = min;
            } else {
                what = "at most ";
                bound = max;
            }
            throw PyErrors.typeError("%s expected %s%d argument%s, got %d", name, what, bound, bound == 1 ? "" : "s", n);
        }
    }

    /** An optional index argument (None or absent means the default). */
    static long optIndex(Object[] a, int i, long dflt) {
        if (i >= a.length || a[i] == PNone.NONE) {
            return dflt;
        }
        return PyInt.asClampedLong(PyObjects.index(a[i]));
    }

    static boolean isNone(Object o) {
        return o == null || o == PNone.NONE;
    }

    static PyType object() {
        return BuiltinTypes.OBJECT;
    }
}
