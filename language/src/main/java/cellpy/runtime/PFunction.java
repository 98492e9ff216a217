package cellpy.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import cellpy.interop.GuestValues;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A function object: made each time a {@code def} or {@code lambda} runs, from the shared
 * {@link PCode}, the defining module's globals, the evaluated defaults and a fresh tuple of cells
 * taken from the defining frame (null when the code has no free variables).
 */
@ExportLibrary(InteropLibrary.class)
public final class PFunction implements TruffleObject {
    public final PCode code;
    public final PDict globals;
    public final Cell[] closure;
    /** Positional defaults ({@code __defaults__}), aligned to the last positional parameters; null when none. */
    public Object[] defaults;
    /** Keyword-only defaults ({@code __kwdefaults__}); null when none. */
    public Map<String, Object> kwDefaults;
    public String name;
    public String qualname;
    /** Attributes set on the function object ({@code f.cache = {}}); null until the first one. */
    public Map<String, Object> attrs;

    public PFunction(PCode code, PDict globals, Cell[] closure, Object[] defaults, Map<String, Object> kwDefaults) {
        this.code = code;
        this.globals = globals;
        this.closure = closure;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.name = code.name;
        this.qualname = code.qualname;
    }

    public Map<String, Object> attrs() {
        if (attrs == null) {
            attrs = new LinkedHashMap<>();
        }
        return attrs;
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    /** Called from Java: host values become guest values, and the result goes back as an interop value. */
    @ExportMessage
    @TruffleBoundary
    Object execute(Object[] arguments) {
        Object[] args = new Object[arguments.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = GuestValues.toGuest(arguments[i]);
        }
        return GuestValues.toInterop(Calls.call(this, args));
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends com.oracle.truffle.api.TruffleLanguage<?>> getLanguage() {
        return cellpy.CellpyLanguage.class;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(boolean allowSideEffects) {
        return PyObjects.repr(this);
    }
}
