package cellpy.builtins;

import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.PDict;
import cellpy.runtime.PEllipsis;
import cellpy.runtime.PNotImplemented;
import cellpy.runtime.PyType;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Fills a context's builtins namespace. The built-in types' method tables and constructors are
 * shared by all contexts and filled once, on the first call.
 */
public final class Builtins {
    private Builtins() {
    }

    private static boolean typesReady;

    /** Makes sure every built-in type has its constructor and methods (idempotent). */
    @TruffleBoundary
    public static synchronized void initTypes() {
        if (typesReady) {
            return;
        }
        TypeConstructors.install();
        ObjectMethods.install();
        StrMethods.install();
        ListMethods.install();
        TupleMethods.install();
        DictMethods.install();
        SetMethods.install();
        NumberMethods.install();
        DescriptorTypes.install();
        cellpy.runtime.GeneratorAttributes.installMethods();
        typesReady = true;
    }

    /** Fills the builtins namespace of a new context. */
    @TruffleBoundary
    public static void install(PDict builtins) {
        initTypes();
        BuiltinFunctions.install(builtins);
        PyType[] types = {BuiltinTypes.OBJECT, BuiltinTypes.TYPE, BuiltinTypes.INT, BuiltinTypes.BOOL,
                        BuiltinTypes.FLOAT, BuiltinTypes.STR, BuiltinTypes.LIST, BuiltinTypes.TUPLE, BuiltinTypes.DICT,
                        BuiltinTypes.SET, BuiltinTypes.FROZENSET, BuiltinTypes.RANGE, BuiltinTypes.SLICE,
                        BuiltinTypes.STATICMETHOD, BuiltinTypes.CLASSMETHOD, BuiltinTypes.PROPERTY, BuiltinTypes.SUPER};
        for (PyType t : types) {
            builtins.put(t.getName(), t);
        }
        for (PyType t : BuiltinTypes.EXCEPTIONS) {
            builtins.put(t.getName(), t);
        }
        for (PyType t : BuiltinTypes.MORE_EXCEPTIONS) {
            builtins.put(t.getName(), t);
        }
        builtins.put("IOError", BuiltinTypes.OS_ERROR);
        builtins.put("EnvironmentError", BuiltinTypes.OS_ERROR);
        builtins.put("NotImplemented", PNotImplemented.INSTANCE);
        builtins.put("Ellipsis", PEllipsis.INSTANCE);
        builtins.put("__name__", "builtins");
    }
}
