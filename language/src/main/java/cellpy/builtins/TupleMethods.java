package cellpy.builtins;

import static cellpy.builtins.Methods.def;
import static cellpy.builtins.Methods.def0;
import static cellpy.builtins.Methods.def1;

import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.Iterators;
import cellpy.runtime.PTuple;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyNumbers;
import cellpy.runtime.PyObjects;
import cellpy.runtime.PyType;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The methods of tuple (and the few dunders code calls directly). */
final class TupleMethods {
    private TupleMethods() {
    }

    private static final PyType TUPLE = BuiltinTypes.TUPLE;

    @TruffleBoundary
    static void install() {
        def1(TUPLE, "count", (o, x) -> {
            long n = 0;
            for (Object v : ((PTuple) o).items()) {
                if (PyObjects.sameOrEq(v, x)) {
                    n++;
                }
            }
            return n;
        });
        def(TUPLE, "index", (a, k) -> {
            Methods.range("tuple", "index", a, k, 1, 3);
            PTuple t = (PTuple) a[0];
            long[] r = ListMethods.bounds(a, t.size());
            for (long i = r[0]; i < r[1]; i++) {
                if (PyObjects.sameOrEq(t.get((int) i), a[1])) {
                    return i;
                }
            }
            throw PyErrors.valueError("tuple.index(x): x not in tuple");
        });
        def0(TUPLE, "__len__", o -> (long) ((PTuple) o).size());
        def1(TUPLE, "__getitem__", PyObjects::getItem);
        def1(TUPLE, "__contains__", PyObjects::contains);
        def0(TUPLE, "__iter__", o -> new Iterators.ArrayIter(((PTuple) o).items(), false));
        def1(TUPLE, "__add__", PyNumbers::add);
        def1(TUPLE, "__mul__", PyNumbers::mul);
        PyType range = BuiltinTypes.RANGE;
        def1(range, "count", (o, x) -> PyObjects.contains(o, x) ? 1L : 0L);
        def1(range, "index", (o, x) -> {
            cellpy.runtime.PRange r = (cellpy.runtime.PRange) o;
            if ((x instanceof Long || x instanceof Boolean) && PyObjects.contains(o, x)) {
                return (cellpy.runtime.PyInt.asIndexLong(x) - r.start) / r.step;
            }
            throw PyErrors.valueError("%s is not in range", PyObjects.repr(x));
        });
        def0(range, "__len__", o -> PyObjects.len(o));
        def1(range, "__getitem__", PyObjects::getItem);
        def1(range, "__contains__", PyObjects::contains);
        def0(range, "__iter__", PyObjects::iter);
    }
}
