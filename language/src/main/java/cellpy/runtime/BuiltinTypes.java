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
    public static final PyType SUPER = t("super", OBJECT);

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

    public static final PyType STOP_ASYNC_ITERATION = t("StopAsyncIteration", EXCEPTION);
    public static final PyType BUFFER_ERROR = t("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = t("EOFError", EXCEPTION);
    public static final PyType MEMORY_ERROR = t("MemoryError", EXCEPTION);
    public static final PyType REFERENCE_ERROR = t("ReferenceError", EXCEPTION);
    public static final PyType UNICODE_DECODE_ERROR = t("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = t("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyType FILE_EXISTS_ERROR = t("FileExistsError", OS_ERROR);
    public static final PyType FILE_NOT_FOUND_ERROR = t("FileNotFoundError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = t("IsADirectoryError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = t("NotADirectoryError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = t("PermissionError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = t("TimeoutError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = t("ConnectionError", OS_ERROR);
    public static final PyType WARNING = t("Warning", EXCEPTION);
    public static final PyType USER_WARNING = t("UserWarning", WARNING);
    public static final PyType DEPRECATION_WARNING = t("DeprecationWarning", WARNING);
    public static final PyType PENDING_DEPRECATION_WARNING = t("PendingDeprecationWarning", WARNING);
    public static final PyType RUNTIME_WARNING = t("RuntimeWarning", WARNING);
    public static final PyType SYNTAX_WARNING = t("SyntaxWarning", WARNING);
    public static final PyType FUTURE_WARNING = t("FutureWarning", WARNING);
    public static final PyType IMPORT_WARNING = t("ImportWarning", WARNING);
    public static final PyType UNICODE_WARNING = t("UnicodeWarning", WARNING);
    public static final PyType RESOURCE_WARNING = t("ResourceWarning", WARNING);

    /** The less common built-in exception types (also in the builtins namespace). */
    public static final PyType[] MORE_EXCEPTIONS = {STOP_ASYNC_ITERATION, BUFFER_ERROR, EOF_ERROR, MEMORY_ERROR,
                    REFERENCE_ERROR, UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR, FILE_EXISTS_ERROR, FILE_NOT_FOUND_ERROR,
                    IS_A_DIRECTORY_ERROR, NOT_A_DIRECTORY_ERROR, PERMISSION_ERROR, TIMEOUT_ERROR, CONNECTION_ERROR, WARNING,
                    USER_WARNING, DEPRECATION_WARNING, PENDING_DEPRECATION_WARNING, RUNTIME_WARNING, SYNTAX_WARNING,
                    FUTURE_WARNING, IMPORT_WARNING, UNICODE_WARNING, RESOURCE_WARNING};

    /** Every exception type, for the builtins namespace. */
    public static final PyType[] EXCEPTIONS = {BASE_EXCEPTION, SYSTEM_EXIT, KEYBOARD_INTERRUPT, GENERATOR_EXIT,
                    EXCEPTION, STOP_ITERATION, ARITHMETIC_ERROR, FLOATING_POINT_ERROR, OVERFLOW_ERROR,
                    ZERO_DIVISION_ERROR, ASSERTION_ERROR, ATTRIBUTE_ERROR, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR,
                    LOOKUP_ERROR, INDEX_ERROR, KEY_ERROR, NAME_ERROR, UNBOUND_LOCAL_ERROR, RUNTIME_ERROR,
                    NOT_IMPLEMENTED_ERROR, RECURSION_ERROR, SYNTAX_ERROR, INDENTATION_ERROR, TAB_ERROR, TYPE_ERROR,
                    VALUE_ERROR, UNICODE_ERROR, OS_ERROR};
}
