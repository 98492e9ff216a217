package cellpy.nodes.call;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import cellpy.runtime.PCode;
import cellpy.runtime.PDict;
import cellpy.runtime.PFunction;
import cellpy.runtime.PKeywords;

/**
 * How one call site's keyword names bind to one function's parameters, worked out once when the
 * site caches the function's code: for each keyword, the parameter it fills, or {@code **kwargs}.
 * Binding then needs no name comparisons and no boundary call, so a call with keywords, or a
 * decorator's {@code wrapper(*args, **kwargs)} receiving them, stays in partially evaluated code.
 * Only calls that bind without error take this path; anything else (a keyword repeating a
 * positional argument, a missing argument, an unknown keyword) goes to {@link ArgBinder#bind},
 * which reports CPython's error.
 */
final class KeywordPlan {
    /** The keyword names this plan is for, compared by identity (a call site's names are one array). */
    final String[] kwNames;
    /** Per keyword: the parameter index it fills, or -1 for the {@code **kwargs} dict. */
    @CompilationFinal(dimensions = 1) private final int[] target;
    /** For a code whose {@code **kwargs} is only forwarded: the names that go there, one array for every call. */
    @CompilationFinal(dimensions = 1) private final String[] forwardedNames;
    /** The smallest parameter index a keyword fills: positional arguments must all come before it. */
    private final int minTarget;
    private final boolean usable;
    /**
     * The plan for other keyword names at the same site and function: a site inside a decorator's
     * {@code wrapper(*args, **kwargs)} forwards the names of every call site of the wrapper, each
     * its own array ({@code add(i, b=2)}, {@code add(a=i, b=3)}); with one plan per site all but
     * the first went through {@link ArgBinder#bind}, a boundary (decorator_wrappers: a third of its
     * time). Up to {@link #MAX_PLANS} per site and function.
     */
    @CompilationFinal private KeywordPlan next;
    private static final int MAX_PLANS = 4;

    /** Per keyword-only parameter: whether one of the keywords fills it (the others take their defaults). */
    @CompilationFinal(dimensions = 1) private final boolean[] kwonlyCovered;

    private KeywordPlan(String[] kwNames, int[] target, int minTarget, boolean usable, String[] forwardedNames,
                    boolean[] kwonlyCovered) {
        this.kwNames = kwNames;
        this.kwonlyCovered = kwonlyCovered;
        this.forwardedNames = forwardedNames;
        this.target = target;
        this.minTarget = minTarget;
        this.usable = usable;
    }

    @TruffleBoundary
    static KeywordPlan create(PCode code, String[] kwNames) {
        int nk = kwNames.length;
        int[] target = new int[nk];
        int min = Integer.MAX_VALUE;
        boolean usable = nk > 0;
        int named = code.argcount + code.kwonlyargcount;
        boolean[] kwonlyCovered = new boolean[code.kwonlyargcount];
        for (int k = 0; k < nk && usable; k++) {
            int idx = -1;
            for (int p = code.posonlyargcount; p < named; p++) {
                if (code.varnames[p].equals(kwNames[k])) {
                    idx = p;
                    break;
                }
            }
            for (int j = 0; j < k; j++) {
                usable &= !kwNames[j].equals(kwNames[k]);
            }
            if (idx < 0 && !code.hasVarkw) {
                usable = false;
            }
            target[k] = idx;
            if (idx >= 0) {
                min = Math.min(min, idx);
                if (idx >= code.argcount) {
                    kwonlyCovered[idx - code.argcount] = true;
                }
            }
        }
        String[] forwarded = null;
        if (code.kwargsForwarded) {
            forwarded = java.util.stream.IntStream.range(0, nk).filter(k -> target[k] < 0).mapToObj(k -> kwNames[k])
                            .toArray(String[]::new);
        }
        return new KeywordPlan(kwNames, target, min, usable, forwarded, kwonlyCovered);
    }

    /**
     * The frame arguments for {@code args} bound by the plan for {@code names} (this one or a
     * further one, made on first sight), or null (past the limit, or when the general binder must
     * do it). Each plan binds in its own branch, where partial evaluation knows it as a constant.
     */
    Object[] bindFor(String[] names, PFunction fn, PCode code, Object[] args) {
        return bindFor(names, fn, code, args, 1);
    }

    private Object[] bindFor(String[] names, PFunction fn, PCode code, Object[] args, int depth) {
        if (names == kwNames) {
            return count.bind(unrolled, generic, fn, code, args);
        }
        if (next == null) {
            if (depth >= MAX_PLANS) {
                return null;
            }
            CompilerDirectives.transferToInterpreterAndInvalidate();
            next = create(code, names);
        }
        return next.bindFor(names, fn, code, args, depth + 1);
    }

    /** The lengths of the argument arrays this plan binds, as constants (see {@link ArgumentCount}). */
    private final ArgumentCount count = new ArgumentCount();
    private final ArgumentCount.Binding unrolled = this::bindUnrolled;
    private final ArgumentCount.Binding generic = (fn, code, args, length) -> bind(fn, code, args);

    /**
     * {@link #bind} with {@code length} ({@code args.length}) a compilation constant: the loops
     * unroll and the arrays stay virtual. Where a default is missing (an error the general binder
     * reports), compiled code leaves for the interpreter first, so that no compiled path hands the
     * arrays to a boundary, which would make escape analysis allocate them on every path.
     */
    @ExplodeLoop
    private Object[] bindUnrolled(PFunction fn, PCode code, Object[] args, int length) {
        int nk = target.length;
        int nargs = length - 1 - nk;
        int npos = code.argcount;
        if (!usable || (nargs > npos && !code.hasVarargs) || nargs > minTarget) {
            return null; // constants here: the general binder decides (or reports the error)
        }
        Object[] out = new Object[1 + code.paramCount()];
        out[0] = fn;
        int ncopy = Math.min(nargs, npos);
        for (int i = 1; i <= ncopy; i++) {
            out[i] = args[i];
        }
        Object kwargs = placeKeywords(code, out, args, nargs);
        for (int p = ncopy; p < npos; p++) {
            if (out[1 + p] == null) {
                Object[] defaults = fn.defaults;
                int d = defaults == null ? -1 : p - (npos - defaults.length);
                if (d < 0) {
                    CompilerDirectives.transferToInterpreter();
                    return null;
                }
                out[1 + p] = defaults[d];
            }
        }
        for (int j = 0; j < kwonlyCovered.length; j++) {
            if (!kwonlyCovered[j]) {
                Object[] kwDefaults = fn.kwonlyDefaults;
                if (kwDefaults == null || kwDefaults[j] == null) {
                    CompilerDirectives.transferToInterpreter();
                    return null;
                }
                out[1 + npos + j] = kwDefaults[j];
            }
        }
        ArgBinder.packVarargsUnrolled(code, out, args, nargs, kwargs);
        return out;
    }

    /** The frame arguments for {@code args} ({@code args[0]} free, keywords' values last), or null. */
    Object[] bind(PFunction fn, PCode code, Object[] args) {
        if (!usable) {
            return null;
        }
        int nk = target.length;
        int nargs = args.length - 1 - nk;
        int npos = code.argcount;
        if ((nargs > npos && !code.hasVarargs) || nargs > minTarget) {
            return null;
        }
        Object[] out = new Object[1 + code.paramCount()];
        out[0] = fn;
        int ncopy = Math.min(nargs, npos);
        System.arraycopy(args, 1, out, 1, ncopy);
        Object kwargs = placeKeywords(code, out, args, nargs);
        if ((ncopy < npos && !ArgBinder.fillDefaults(fn, out, ncopy, npos)) || !ArgBinder.fillKwonlyDefaults(fn, code, out)) {
            return null;
        }
        ArgBinder.packVarargs(code, out, args, nargs, kwargs);
        return out;
    }

    /**
     * The keywords into their parameters in {@code out}; returns the {@code **kwargs} value for the
     * rest (a forwarded {@link PKeywords} or a dict), or null when the code has none.
     */
    private Object placeKeywords(PCode code, Object[] out, Object[] args, int nargs) {
        if (forwardedNames != null) {
            Object[] values = new Object[forwardedNames.length];
            placeKeywords(out, args, nargs, null, values);
            return values.length == 0 ? PKeywords.EMPTY : new PKeywords(forwardedNames, values);
        }
        PDict dict = code.hasVarkw ? new PDict() : null;
        placeKeywords(out, args, nargs, dict, null);
        return dict;
    }

    /** Keywords into their parameters, the rest into {@code kwargs} or, in order, {@code forwarded}. */
    @ExplodeLoop
    private void placeKeywords(Object[] out, Object[] args, int nargs, PDict kwargs, Object[] forwarded) {
        int f = 0;
        for (int k = 0; k < target.length; k++) {
            Object v = args[1 + nargs + k];
            if (target[k] >= 0) {
                out[1 + target[k]] = v;
            } else if (forwarded != null) {
                forwarded[f++] = v;
            } else {
                kwargs.put(kwNames[k], v);
            }
        }
    }
}
