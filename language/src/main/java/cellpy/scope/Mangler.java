package cellpy.scope;

/**
 * Private name mangling ({@code _Py_Mangle}): inside class {@code C}, a name {@code __x} (not
 * ending in {@code __}, without a dot) is stored as {@code _C__x}. The symbol table keys every name
 * by its mangled form, like CPython, so {@code co_varnames} shows {@code _C__x}.
 */
public final class Mangler {
    private Mangler() {}

    /** {@code name} mangled for the class named {@code privateName} (null outside classes). */
    public static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__")) {
            return name;
        }
        if (name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(i) + name;
    }
}
