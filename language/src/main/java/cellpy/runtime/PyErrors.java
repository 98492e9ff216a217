package cellpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Makes the {@link PException}s the runtime raises, with CPython's types and messages. Every
 * method is a boundary: raising is the slow path. Callers write {@code throw PyErrors.typeError(...)}.
 */
public final class PyErrors {
    private PyErrors() {
    }

    @TruffleBoundary
    public static PException raise(PyType type, String message) {
        return new PException(new PBaseException(type, PTuple.of(message)));
    }

    @TruffleBoundary
    public static PException raise(PyType type, String format, Object... args) {
        return raise(type, String.format(format, args));
    }

    /** An exception of {@code type} with no arguments ({@code raise StopIteration}). */
    @TruffleBoundary
    public static PException raiseEmpty(PyType type) {
        return new PException(new PBaseException(type, PTuple.EMPTY));
    }

    public static PException typeError(String format, Object... args) {
        return raise(BuiltinTypes.TYPE_ERROR, format, args);
    }

    public static PException valueError(String format, Object... args) {
        return raise(BuiltinTypes.VALUE_ERROR, format, args);
    }

    public static PException indexError(String format, Object... args) {
        return raise(BuiltinTypes.INDEX_ERROR, format, args);
    }

    public static PException attributeError(String format, Object... args) {
        return raise(BuiltinTypes.ATTRIBUTE_ERROR, format, args);
    }

    public static PException nameError(String format, Object... args) {
        return raise(BuiltinTypes.NAME_ERROR, format, args);
    }

    public static PException runtimeError(String format, Object... args) {
        return raise(BuiltinTypes.RUNTIME_ERROR, format, args);
    }

    public static PException zeroDivision(String message) {
        return raise(BuiltinTypes.ZERO_DIVISION_ERROR, message);
    }

    public static PException overflowError(String format, Object... args) {
        return raise(BuiltinTypes.OVERFLOW_ERROR, format, args);
    }

    /** KeyError carries the key itself, and its str() is the key's repr. */
    @TruffleBoundary
    public static PException keyError(Object key) {
        return new PException(new PBaseException(BuiltinTypes.KEY_ERROR, PTuple.of(key)));
    }

    @TruffleBoundary
    public static PException stopIteration(Object value) {
        return new PException(new PBaseException(BuiltinTypes.STOP_ITERATION,
                        value == PNone.NONE ? PTuple.EMPTY : PTuple.of(value)));
    }

    public static PException unboundLocal(String name) {
        return raise(BuiltinTypes.UNBOUND_LOCAL_ERROR,
                        "cannot access local variable '%s' where it is not associated with a value", name);
    }

    public static PException unboundFree(String name) {
        return raise(BuiltinTypes.NAME_ERROR,
                        "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name);
    }

    public static PException undefinedName(String name) {
        return raise(BuiltinTypes.NAME_ERROR, "name '%s' is not defined", name);
    }

    public static PException recursionError() {
        return raise(BuiltinTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
    }
}
