package cellpy.nodes.classes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.Calls;
import cellpy.runtime.Cell;
import cellpy.runtime.PClassMethod;
import cellpy.runtime.PDict;
import cellpy.runtime.PFunction;
import cellpy.runtime.PNone;
import cellpy.runtime.PStaticMethod;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyObjects;
import cellpy.runtime.PyType;
import java.util.Set;

/**
 * The {@code type(name, bases, ns)} step of a class statement, for the subset cellpy supports:
 * one base (none means {@code object}) that is a user class, {@code object} or an exception type;
 * no metaclass other than {@code type}. As {@code type.__new__} does, it takes
 * {@code __qualname__} out of the namespace, makes {@code __new__} a staticmethod and
 * {@code __init_subclass__} a classmethod, gives the class a {@code __doc__} (and a None
 * {@code __hash__} when it defines {@code __eq__} alone), fills the
 * {@code __class__} cell, calls {@code __set_name__} on the descriptors it holds, and finally
 * the base's {@code __init_subclass__} with the class keywords.
 */
public final class ClassBuilder {
    private ClassBuilder() {
    }

    /** Built-in types CPython refuses as bases ("not an acceptable base type"). */
    private static final Set<String> FINAL_TYPES = Set.of("bool", "NoneType", "range", "slice", "function",
                    "builtin_function_or_method", "method", "cell", "code", "generator", "frame", "ellipsis",
                    "NotImplementedType", "method_descriptor");

    @TruffleBoundary
    public static PyType build(String name, Object[] bases, String[] keywordNames, Object[] keywords, PDict ns,
                    Object classCell) {
        PyType base = base(bases);
        int subclassKeywords = 0;
        for (int i = 0; i < keywordNames.length; i++) {
            if (keywordNames[i].equals("metaclass")) {
                if (keywords[i] != BuiltinTypes.TYPE) {
                    throw PyErrors.typeError("metaclasses are not supported");
                }
            } else {
                subclassKeywords++;
            }
        }
        PyType t = new PyType(name, base, false);
        for (PDict.Entry e : ns.entries()) {
            if (!(e.key instanceof String key)) {
                continue;
            }
            switch (key) {
                case "__qualname__" -> {
                    if (!(e.value instanceof String q)) {
                        throw PyErrors.typeError("type __qualname__ must be a str, not %s", PyObjects.typeName(e.value));
                    }
                    t.setQualname(q);
                }
                case "__module__" -> {
                    if (e.value instanceof String m) {
                        t.setModule(m);
                    }
                    t.dict.put(key, e.value);
                }
                case "__new__" -> t.dict.put(key, e.value instanceof PFunction ? new PStaticMethod(e.value) : e.value);
                case "__init_subclass__", "__class_getitem__" ->
                    t.dict.put(key, e.value instanceof PFunction ? new PClassMethod(e.value) : e.value);
                default -> t.dict.put(key, e.value);
            }
        }
        t.dict.putIfAbsent("__doc__", PNone.NONE);
        if (t.dict.containsKey("__eq__") && !t.dict.containsKey("__hash__")) {
            t.dict.put("__hash__", PNone.NONE); // defining __eq__ alone makes instances unhashable
        }
        if (classCell instanceof Cell c) {
            c.set(t);
        }
        setNames(t);
        initSubclass(t, base, keywordNames, keywords, subclassKeywords);
        return t;
    }

    private static PyType base(Object[] bases) {
        if (bases.length == 0) {
            return BuiltinTypes.OBJECT;
        }
        if (bases.length > 1) {
            throw PyErrors.typeError("multiple inheritance is not supported");
        }
        if (!(bases[0] instanceof PyType b)) {
            throw PyErrors.typeError("bases must be types, not %s", PyObjects.typeName(bases[0]));
        }
        if (b.isBuiltin() && b != BuiltinTypes.OBJECT && !b.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
            if (FINAL_TYPES.contains(b.getName())) {
                throw PyErrors.typeError("type '%s' is not an acceptable base type", b.getName());
            }
            throw PyErrors.typeError("subclassing built-in type '%s' is not supported", b.getName());
        }
        return b;
    }

    /** Descriptors in the namespace learn their owner and name: {@code value.__set_name__(t, name)}. */
    private static void setNames(PyType t) {
        for (var e : new java.util.ArrayList<>(t.dict.entrySet())) {
            Object hook = PyObjects.dunder(e.getValue(), "__set_name__");
            if (hook != null) {
                Calls.call(hook, e.getValue(), t, e.getKey());
            }
        }
    }

    /** {@code super(t, t).__init_subclass__(**keywords)}: the user hook of a base, or object's. */
    private static void initSubclass(PyType t, PyType base, String[] keywordNames, Object[] keywords, int count) {
        Object hook = PyObjects.userMethod(base, "__init_subclass__");
        if (hook == null) {
            if (count > 0) {
                throw PyErrors.typeError("%s.__init_subclass__() takes no keyword arguments", t.getName());
            }
            return;
        }
        Object[] args = new Object[1 + count];
        String[] names = new String[count];
        args[0] = t;
        int j = 0;
        for (int i = 0; i < keywordNames.length; i++) {
            if (!keywordNames[i].equals("metaclass")) {
                names[j] = keywordNames[i];
                args[1 + j] = keywords[i];
                j++;
            }
        }
        Object fn = hook instanceof PClassMethod cm ? cm.function() : hook;
        Calls.callKw(fn, args, names);
    }
}
