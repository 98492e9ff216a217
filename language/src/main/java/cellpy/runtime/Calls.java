package cellpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Calls a guest callable from Java code (built-ins such as {@code sorted(key=...)}, {@code map},
 * dunder dispatch). This is the slow, uncached path; nodes use their own inline caches.
 */
public final class Calls {
    private Calls() {
    }

    /** The hook the language installs to call functions, classes and other callables. */
    public interface Invoker {
        Object call(Object callable, Object[] args, String[] kwNames);
    }

    private static Invoker invoker;

    public static void setInvoker(Invoker i) {
        invoker = i;
    }

    @TruffleBoundary
    public static Object call(Object callable, Object... args) {
        return invoker.call(callable, args, BuiltinFn.NO_KW);
    }

    @TruffleBoundary
    public static Object callKw(Object callable, Object[] args, String[] kwNames) {
        return invoker.call(callable, args, kwNames);
    }
}
