package cellpy.builtins;

import static cellpy.builtins.Methods.def;
import static cellpy.builtins.Methods.def0;
import static cellpy.builtins.Methods.def1;

import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.Iterators;
import cellpy.runtime.PNone;
import cellpy.runtime.PSet;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyObjects;
import cellpy.runtime.PyType;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The methods of set and frozenset. The algebra is delegated to {@link PSet}, which builds results
 * the way CPython does so that they iterate in CPython's order.
 */
final class SetMethods {
    private SetMethods() {
    }

    private static PSet s(Object o) {
        return (PSet) o;
    }

    private static Object[] others(Object[] a, String[] k, String name) {
        Args.noKw("set", name, k);
        Object[] o = new Object[a.length - 1];
        System.arraycopy(a, 1, o, 0, o.length);
        return o;
    }

    private static PSet asSet(Object o) {
        return o instanceof PSet s ? s : PSet.of(o, false);
    }

    @TruffleBoundary
    static void install() {
        for (PyType t : new PyType[]{BuiltinTypes.SET, BuiltinTypes.FROZENSET}) {
            def(t, "union", (a, k) -> {
                PSet r = s(a[0]).copy(s(a[0]).frozen);
                for (Object o : others(a, k, "union")) {
                    if (o != a[0]) {
                        r.update(o);
                    }
                }
                return r;
            });
            def(t, "intersection", (a, k) -> {
                Object[] os = others(a, k, "intersection");
                if (os.length == 0) {
                    return s(a[0]).copy(s(a[0]).frozen);
                }
                PSet r = s(a[0]);
                for (Object o : os) {
                    r = r.intersection(o);
                }
                return r;
            });
            def(t, "difference", (a, k) -> {
                Object[] os = others(a, k, "difference");
                if (os.length == 0) {
                    return s(a[0]).copy(s(a[0]).frozen);
                }
                PSet r = s(a[0]).difference(os[0]);
                for (int i = 1; i < os.length; i++) {
                    r.differenceUpdate(os[i]);
                }
                return r;
            });
            def1(t, "symmetric_difference", (o, x) -> s(o).symmetricDifference(x));
            def0(t, "copy", o -> s(o).frozen ? o : s(o).copy(false));
            def1(t, "issubset", (o, x) -> s(o).isSubsetOf(asSet(x)));
            def1(t, "issuperset", (o, x) -> asSet(x).isSubsetOf(s(o)));
            def1(t, "isdisjoint", (o, x) -> {
                Object it = PyObjects.iter(x);
                Object v;
                while ((v = PyObjects.next(it)) != null) {
                    if (s(o).contains(v)) {
                        return false;
                    }
                }
                return true;
            });
            def1(t, "__contains__", PyObjects::contains);
            def0(t, "__len__", o -> (long) s(o).size());
            def0(t, "__iter__", o -> new Iterators.SetIter(s(o)));
            def1(t, "__or__", cellpy.runtime.PyNumbers::or);
            def1(t, "__and__", cellpy.runtime.PyNumbers::and);
            def1(t, "__sub__", cellpy.runtime.PyNumbers::sub);
            def1(t, "__xor__", cellpy.runtime.PyNumbers::xor);
        }
        PyType t = BuiltinTypes.SET;
        def1(t, "add", (o, x) -> {
            s(o).add(x);
            return PNone.NONE;
        });
        def1(t, "remove", (o, x) -> {
            if (!s(o).remove(x)) {
                throw PyErrors.keyError(x);
            }
            return PNone.NONE;
        });
        def1(t, "discard", (o, x) -> {
            s(o).remove(x);
            return PNone.NONE;
        });
        def0(t, "pop", o -> {
            Object v = s(o).pop();
            if (v == null) {
                throw PyErrors.keyError("pop from an empty set");
            }
            return v;
        });
        def0(t, "clear", o -> {
            s(o).clear();
            return PNone.NONE;
        });
        def(t, "update", (a, k) -> {
            for (Object o : others(a, k, "update")) {
                s(a[0]).update(o);
            }
            return PNone.NONE;
        });
        def(t, "intersection_update", (a, k) -> {
            for (Object o : others(a, k, "intersection_update")) {
                s(a[0]).intersectionUpdate(o);
            }
            return PNone.NONE;
        });
        def(t, "difference_update", (a, k) -> {
            for (Object o : others(a, k, "difference_update")) {
                s(a[0]).differenceUpdate(o);
            }
            return PNone.NONE;
        });
        def1(t, "symmetric_difference_update", (o, x) -> {
            s(o).symmetricDifferenceUpdate(x);
            return PNone.NONE;
        });
    }
}
