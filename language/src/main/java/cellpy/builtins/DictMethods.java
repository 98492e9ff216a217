package cellpy.builtins;

import static cellpy.builtins.Methods.def;
import static cellpy.builtins.Methods.def0;
import static cellpy.builtins.Methods.def1;

import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.DictUpdate;
import cellpy.runtime.Iterators;
import cellpy.runtime.PBuiltinFunction;
import cellpy.runtime.PClassMethod;
import cellpy.runtime.PDict;
import cellpy.runtime.PDictView;
import cellpy.runtime.PNone;
import cellpy.runtime.PTuple;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyObjects;
import cellpy.runtime.PyType;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The methods of dict; keys(), values() and items() return live {@link PDictView}s. */
final class DictMethods {
    private DictMethods() {
    }

    private static final PyType DICT = BuiltinTypes.DICT;

    private static PDict d(Object o) {
        return (PDict) o;
    }

    @TruffleBoundary
    static void install() {
        def(DICT, "get", (a, k) -> {
            Methods.range("dict", "get", a, k, 1, 2);
            Object v = d(a[0]).get(a[1]);
            return v != null ? v : a.length > 2 ? a[2] : PNone.NONE;
        });
        def0(DICT, "keys", o -> new PDictView(d(o), Iterators.DictItemKind.KEYS));
        def0(DICT, "values", o -> new PDictView(d(o), Iterators.DictItemKind.VALUES));
        def0(DICT, "items", o -> new PDictView(d(o), Iterators.DictItemKind.ITEMS));
        def(DICT, "pop", (a, k) -> {
            Methods.range("dict", "pop", a, k, 1, 2);
            Object v = d(a[0]).remove(a[1]);
            if (v != null) {
                return v;
            }
            if (a.length > 2) {
                return a[2];
            }
            throw PyErrors.keyError(a[1]);
        });
        def0(DICT, "popitem", o -> {
            PDict.Entry e = d(o).popLast();
            if (e == null) {
                throw PyErrors.keyError("popitem(): dictionary is empty");
            }
            return PTuple.of(e.key, e.value);
        });
        def(DICT, "setdefault", (a, k) -> {
            Methods.range("dict", "setdefault", a, k, 1, 2);
            PDict d = d(a[0]);
            Object v = d.get(a[1]);
            if (v != null) {
                return v;
            }
            Object dflt = a.length > 2 ? a[2] : PNone.NONE;
            d.put(a[1], dflt);
            return dflt;
        });
        def(DICT, "update", (a, k) -> {
            int n = a.length - k.length;
            if (n > 2) {
                throw PyErrors.typeError("update expected at most 1 argument, got %d", n - 1);
            }
            PDict d = d(a[0]);
            if (n == 2) {
                DictUpdate.update(d, a[1]);
            }
            for (int i = 0; i < k.length; i++) {
                d.put(k[i], a[n + i]);
            }
            return PNone.NONE;
        });
        def0(DICT, "copy", o -> d(o).copy());
        def0(DICT, "clear", o -> {
            d(o).clear();
            return PNone.NONE;
        });
        DICT.dict.put("fromkeys", new PClassMethod(new PBuiltinFunction("fromkeys", DICT, (a, k) -> {
            Methods.range("dict", "fromkeys", a, k, 1, 2);
            Object value = a.length > 2 ? a[2] : PNone.NONE;
            PDict d = new PDict();
            Object it = PyObjects.iter(a[1]);
            Object key;
            while ((key = PyObjects.next(it)) != null) {
                d.put(key, value);
            }
            return d;
        })));
        def1(DICT, "__contains__", (o, x) -> d(o).containsKey(x));
        def1(DICT, "__getitem__", PyObjects::getItem);
        def(DICT, "__setitem__", (a, k) -> {
            Methods.range("dict", "__setitem__", a, k, 2, 2);
            d(a[0]).put(a[1], a[2]);
            return PNone.NONE;
        });
        def1(DICT, "__delitem__", (o, x) -> {
            PyObjects.delItem(o, x);
            return PNone.NONE;
        });
        def0(DICT, "__len__", o -> (long) d(o).size());
        def0(DICT, "__iter__", o -> new Iterators.DictIter(d(o), Iterators.DictItemKind.KEYS, false));
        def0(DICT, "__reversed__", o -> new Iterators.DictIter(d(o), Iterators.DictItemKind.KEYS, true));
        def1(DICT, "__or__", cellpy.runtime.PyNumbers::or);
        def1(DICT, "__ior__", (o, x) -> {
            DictUpdate.update(d(o), x);
            return o;
        });
    }
}
