package cellpy.runtime;

/**
 * The built-in type objects, shared by every context (their method tables are filled once by the
 * builtins package and never change afterwards). Exception types mirror CPython 3.11's hierarchy.
 */
public final class BuiltinTypes {
    private BuiltinTypes() {
    }

    private static PyType t(String name, PyType base) {
        return new PyType(name, base, true);
    }

    public static final PyType OBJECT = t("object", null);
    public static final PyType TYPE = t("type", OBJECT);
    public static final PyType INT = t("int", OBJECT);
    public static final PyType BOOL = t("bool", INT);
    public static final PyType FLOAT = t("float", OBJECT);
    public static final PyType STR = t("str", OBJECT);
    public static final PyType NONE_TYPE = t("NoneType", OBJECT);
    public static final PyType LIST = t("list", OBJECT);
    public static final PyType TUPLE = t("tuple", OBJECT);
    public static final PyType DICT = t("dict", OBJECT);
    public static final PyType SET = t("set", OBJECT);
    public static final PyType FROZENSET = t("frozenset", OBJECT);
    public static final PyType RANGE = t("range", OBJECT);
    public static final PyType SLICE = t("slice", OBJECT);
    public static final PyType FUNCTION = t("function", OBJECT);
    public static final PyType BUILTIN_FUNCTION = t("builtin_function_or_method", OBJECT);
    public static final PyType METHOD = t("method", OBJECT);
    public static final PyType CELL = t("cell", OBJECT);
    public static final PyType CODE = t("code", OBJECT);
    public static final PyType GENERATOR = t("generator", OBJECT);
    public static final PyType FRAME = t("frame", OBJECT);
    public static final PyType MODULE = t("module", OBJECT);
    public static final PyType ELLIPSIS = t("ellipsis", OBJECT);
    public static final PyType NOT_IMPLEMENTED_TYPE = t("NotImplementedType", OBJECT);
    public static final PyType STATICMETHOD = t("staticmethod", OBJECT);
    public static final PyType CLASSMETHOD = t("classmethod", OBJECT);
    public static final PyType PROPERTY = t("property", OBJECT);

    public static final PyType BASE_EXCEPTION = t("BaseException", OBJECT);
    public static final PyType SYSTEM_EXIT = t("SystemExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = t("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = t("GeneratorExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = t("Exception", BASE_EXCEPTION);
    public static final PyType STOP_ITERATION = t("StopIteration", EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = t("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = t("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = t("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = t("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = t("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = t("AttributeError", EXCEPTION);
    public static final PyType IMPORT_ERROR = t("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = t("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = t("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = t("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = t("KeyError", LOOKUP_ERROR);
    public static final PyType NAME_ERROR = t("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = t("UnboundLocalError", NAME_ERROR);
    public static final PyType RUNTIME_ERROR = t("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = t("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = t("RecursionError", RUNTIME_ERROR);
    public static final PyType SYNTAX_ERROR = t("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = t("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = t("TabError", INDENTATION_ERROR);
    public static final PyType TYPE_ERROR = t("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = t("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = t("UnicodeError", VALUE_ERROR);
    public static final PyType OS_ERROR = t("OSError", EXCEPTION);

    /** Every exception type, for the builtins namespace. */
    public static final PyType[] EXCEPTIONS = {BASE_EXCEPTION, SYSTEM_EXIT, KEYBOARD_INTERRUPT, GENERATOR_EXIT,
                    EXCEPTION, STOP_ITERATION, ARITHMETIC_ERROR, FLOATING_POINT_ERROR, OVERFLOW_ERROR,
                    ZERO_DIVISION_ERROR, ASSERTION_ERROR, ATTRIBUTE_ERROR, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR,
                    LOOKUP_ERROR, INDEX_ERROR, KEY_ERROR, NAME_ERROR, UNBOUND_LOCAL_ERROR, RUNTIME_ERROR,
                    NOT_IMPLEMENTED_ERROR, RECURSION_ERROR, SYNTAX_ERROR, INDENTATION_ERROR, TAB_ERROR, TYPE_ERROR,
                    VALUE_ERROR, UNICODE_ERROR, OS_ERROR};
}
