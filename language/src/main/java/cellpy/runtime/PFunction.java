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
    /** Keyword-only defaults ({@code __kwdefaults__}); null when none. Set through {@link #setKwDefaults}. */
    public Map<String, Object> kwDefaults;
    /**
     * {@link #kwDefaults} by keyword-only parameter (null entries where a parameter has none), or
     * null when there are none: binding reads a default by index, without a map lookup behind a
     * boundary, so a call of a function with keyword-only parameters compiles like any other.
     */
    public Object[] kwonlyDefaults;
    public String name;
    public String qualname;
    /** Attributes set on the function object ({@code f.cache = {}}); null until the first one. */
    public Map<String, Object> attrs;

    public PFunction(PCode code, PDict globals, Cell[] closure, Object[] defaults, Map<String, Object> kwDefaults) {
        this.code = code;
        this.globals = globals;
        this.closure = closure;
        this.defaults = defaults;
        if (kwDefaults != null) {
            setKwDefaults(kwDefaults);
        }
        this.name = code.name;
        this.qualname = code.qualname;
    }

    /** Sets {@code __kwdefaults__} (null for none) and the defaults by parameter that binding reads. */
    @TruffleBoundary
    public void setKwDefaults(Map<String, Object> kwDefaults) {
        this.kwDefaults = kwDefaults;
        if (kwDefaults == null || code.kwonlyargcount == 0) {
            this.kwonlyDefaults = null;
            return;
        }
        Object[] byIndex = new Object[code.kwonlyargcount];
        for (int i = 0; i < byIndex.length; i++) {
            byIndex[i] = kwDefaults.get(code.varnames[code.argcount + i]);
        }
        this.kwonlyDefaults = byIndex;
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
