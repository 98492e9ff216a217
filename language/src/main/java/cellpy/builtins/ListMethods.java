package cellpy.builtins;

import static cellpy.builtins.Methods.def;
import static cellpy.builtins.Methods.def0;
import static cellpy.builtins.Methods.def1;

import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.Iterators;
import cellpy.runtime.PList;
import cellpy.runtime.PNone;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyInt;
import cellpy.runtime.PyNumbers;
import cellpy.runtime.PyObjects;
import cellpy.runtime.PyType;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The methods of list, with CPython's argument handling and error texts. */
final class ListMethods {
    private ListMethods() {
    }

    private static final PyType LIST = BuiltinTypes.LIST;

    private static PList l(Object o) {
        return (PList) o;
    }

    @TruffleBoundary
    static void install() {
        def1(LIST, "append", (o, x) -> {
            l(o).add(x);
            return PNone.NONE;
        });
        def1(LIST, "extend", (o, x) -> {
            PyNumbers.extend(l(o), x);
            return PNone.NONE;
        });
        def(LIST, "insert", (a, k) -> {
            Methods.range("list", "insert", a, k, 2, 2);
            PList l = l(a[0]);
            long i = PyInt.asClampedLong(PyObjects.index(a[1]));
            int n = l.size();
            if (i < 0) {
                i += n;
                if (i < 0) {
                    i = 0;
                }
            } else if (i > n) {
                i = n;
            }
            l.items.add((int) i, a[2]);
            return PNone.NONE;
        });
        def(LIST, "pop", (a, k) -> {
            Methods.range("list", "pop", a, k, 0, 1);
            PList l = l(a[0]);
            if (l.size() == 0) {
                throw PyErrors.indexError("pop from empty list");
            }
            long i = Methods.optIndex(a, 1, -1);
            if (i < 0) {
                i += l.size();
            }
            if (i < 0 || i >= l.size()) {
                throw PyErrors.indexError("pop index out of range");
            }
            return l.items.remove((int) i);
        });
        def1(LIST, "remove", (o, x) -> {
            PList l = l(o);
            for (int i = 0; i < l.size(); i++) {
                if (PyObjects.sameOrEq(l.get(i), x)) {
                    l.items.remove(i);
                    return PNone.NONE;
                }
            }
            throw PyErrors.valueError("list.remove(x): x not in list");
        });
        def(LIST, "index", (a, k) -> {
            Methods.range("list", "index", a, k, 1, 3);
            PList l = l(a[0]);
            long[] r = bounds(a, l.size());
            for (long i = r[0]; i < r[1] && i < l.size(); i++) {
                if (PyObjects.sameOrEq(l.get((int) i), a[1])) {
                    return i;
                }
            }
            throw PyErrors.valueError("%s is not in list", PyObjects.repr(a[1]));
        });
        def1(LIST, "count", (o, x) -> {
            long n = 0;
            PList l = l(o);
            for (int i = 0; i < l.size(); i++) {
                if (PyObjects.sameOrEq(l.get(i), x)) {
                    n++;
                }
            }
            return n;
        });
        def(LIST, "sort", (a, k) -> {
            if (a.length - k.length > 1) {
                throw PyErrors.typeError("sort() takes no positional arguments");
            }
            Object[] o = Args.keywords("sort", a, k, "key", "reverse");
            Sorting.sort(l(a[0]).items, o[0], o[1] != null && PyObjects.isTrue(o[1]));
            return PNone.NONE;
        });
        def0(LIST, "reverse", o -> {
            java.util.Collections.reverse(l(o).items);
            return PNone.NONE;
        });
        def0(LIST, "copy", o -> new PList(l(o).items));
        def0(LIST, "clear", o -> {
            l(o).items.clear();
            return PNone.NONE;
        });
        def0(LIST, "__len__", o -> (long) l(o).size());
        def1(LIST, "__getitem__", PyObjects::getItem);
        def(LIST, "__setitem__", (a, k) -> {
            Methods.range("list", "__setitem__", a, k, 2, 2);
            PyObjects.setItem(a[0], a[1], a[2]);
            return PNone.NONE;
        });
        def1(LIST, "__delitem__", (o, x) -> {
            PyObjects.delItem(o, x);
            return PNone.NONE;
        });
        def1(LIST, "__contains__", PyObjects::contains);
        def0(LIST, "__iter__", o -> new Iterators.ListIter(l(o)));
        def0(LIST, "__reversed__", o -> new Iterators.ListReverseIter(l(o)));
        def1(LIST, "__add__", PyNumbers::add);
        def1(LIST, "__iadd__", PyNumbers::iadd);
        def1(LIST, "__mul__", PyNumbers::mul);
    }

    /** start/stop of index(x, start, stop), adjusted like slice bounds. */
    static long[] bounds(Object[] a, long len) {
        long start = Methods.optIndex(a, 2, 0);
        long stop = Methods.optIndex(a, 3, len);
        if (start < 0) {
            start = Math.max(0, start + len);
        }
        if (stop < 0) {
            stop = Math.max(0, stop + len);
        }
        return new long[]{start, Math.min(stop, len)};
    }
}
