package cellpy.nodes.global;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.CellpyContext;
import cellpy.nodes.ExprNode;
import cellpy.runtime.PDict;
import cellpy.runtime.PFunction;
import cellpy.runtime.PException;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyObjects;
import cellpy.runtime.Suggestions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * LOAD_GLOBAL / LOAD_NAME at module level: the module's dict, then the builtins, else NameError.
 * The dict entry found is cached, so a compiled read is two field loads and a check: for a name
 * in the module, that its entry is still in the dict; for a builtin, also that the module has not
 * defined a global of that name since, an assumption the module's dict invalidates when it gains
 * the key (so the module defining other globals while its functions run costs nothing). A read
 * whose cache keeps failing goes generic.
 */
public final class ReadGlobalNode extends ExprNode {
    private static final int MAX_INVALIDATIONS = 8;

    private final String name;
    /** The reading function's local names, for NameError's "Did you mean"; null at module level. */
    private final String[] localNames;
    @CompilationFinal private PDict cachedGlobals;
    @CompilationFinal private PDict.Entry entry;
    @CompilationFinal private boolean fromBuiltins;
    /** For a builtin: that the module's globals still have no entry of the name. */
    @CompilationFinal private Assumption noGlobal;
    @CompilationFinal private int invalidations;
    /**
     * That the cached entry still holds {@link #cachedValue}: compiled code then reads a constant
     * (and a call of it checks nothing about the callee). Null for an entry that is rebound often,
     * which is read through as before.
     */
    @CompilationFinal private Assumption unchanged;
    @CompilationFinal private Object cachedValue;

    public ReadGlobalNode(String name, String[] localNames) {
        this.name = name;
        this.localNames = localNames;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        PDict globals = globals(frame);
        PDict.Entry e = entry;
        if (e != null && globals == cachedGlobals && (!fromBuiltins || noGlobal.isValid())) {
            Assumption u = unchanged;
            if (u == null) {
                if (!e.isRemoved()) {
                    return e.value;
                }
            } else if (u.isValid()) {
                return cachedValue;
            } else if (!e.isRemoved()) {
                // rebound: read it as it is now (the entry offers a new assumption, or no more)
                CompilerDirectives.transferToInterpreterAndInvalidate();
                unchanged = e.unchangedAssumption();
                cachedValue = e.value;
                return e.value;
            }
        }
        CellpyContext ctx = CellpyContext.get(this);
        if (invalidations >= MAX_INVALIDATIONS) {
            return lookup(ctx, globals);
        }
        CompilerDirectives.transferToInterpreterAndInvalidate();
        invalidations++;
        return cache(ctx, globals);
    }

    /**
     * The module namespace. Every function's globals are its context's (functions are made with
     * {@code mainGlobals()}), so compiled code asks the context, a constant while the engine has
     * one context: the check that the cached entry is this module's then folds away (reading the
     * function's field instead left a type check and two loads per global read in compiled loops,
     * kept there by the safepoint poll). The interpreter reads the function's own field (no context
     * lookup, which costs a thread-local read there).
     */
    private PDict globals(VirtualFrame frame) {
        if (CompilerDirectives.inCompiledCode()) {
            return CellpyContext.get(this).mainGlobals();
        }
        Object[] args = frame.getArguments();
        if (args.length > 0 && args[0] instanceof PFunction f) {
            return f.globals;
        }
        return CellpyContext.get(this).mainGlobals();
    }

    private Object cache(CellpyContext ctx, PDict globals) {
        PDict.Entry e = globals.getEntryStr(name);
        boolean builtin = false;
        if (e == null) {
            e = ctx.builtins().getEntryStr(name);
            builtin = true;
            if (e == null) {
                throw undefined(ctx, globals);
            }
        }
        cachedGlobals = globals;
        entry = e;
        fromBuiltins = builtin;
        noGlobal = builtin ? globals.absentAssumption(name) : null;
        unchanged = e.unchangedAssumption();
        cachedValue = e.value;
        return e.value;
    }

    @TruffleBoundary
    private Object lookup(CellpyContext ctx, PDict globals) {
        Object v = globals.getStr(name);
        if (v == null) {
            v = ctx.builtins().getStr(name);
            if (v == null) {
                throw undefined(ctx, globals);
            }
        }
        return v;
    }

    /** NameError with CPython 3.11's hint: the closest local, else global, else builtin name. */
    @TruffleBoundary
    private PException undefined(CellpyContext ctx, PDict globals) {
        PException ex = PyErrors.undefinedName(name);
        String hint = localNames != null ? Suggestions.closestInOrder(name, Arrays.asList(localNames)) : null;
        if (hint == null) {
            hint = Suggestions.closestInOrder(name, strings(globals));
        }
        if (hint == null) {
            hint = Suggestions.closestInOrder(name, strings(ctx.builtins()));
        }
        if (hint != null) {
            ex.getValue().putAttribute(PyObjects.SUGGESTION_KEY, hint);
        }
        return ex;
    }

    private static List<String> strings(PDict d) {
        List<String> out = new ArrayList<>();
        for (Object k : d.keys()) {
            if (k instanceof String s) {
                out.add(s);
            }
        }
        return out;
    }
}
