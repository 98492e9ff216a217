package cellpy.nodes.call;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import cellpy.runtime.PCode;
import cellpy.runtime.PDict;
import cellpy.runtime.PFunction;
import cellpy.runtime.PKeywords;
import cellpy.runtime.PTuple;
import cellpy.runtime.PyErrors;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds a call's arguments to a function's parameters, CPython's way: positionals fill the
 * positional parameters (the surplus goes to {@code *args}), keywords go by name (unknown ones to
 * {@code **kwargs}), defaults fill the rest; every failure is CPython 3.11's TypeError, naming the
 * function by its qualified name. The result is the frame's argument array:
 * {@code [function, positional..., keyword-only..., *args tuple, **kwargs dict]}.
 */
public final class ArgBinder {
    private ArgBinder() {
    }

    /**
     * The common case without a boundary: positional arguments only ({@code args[0]} free), to a
     * function without keyword-only parameters, filling defaults, packing the surplus into
     * {@code *args} and giving {@code **kwargs} an empty dict. Partial evaluation sees through it,
     * so a decorator's {@code wrapper(*args, **kwargs)} or a call relying on a default allocates
     * only what escapes. Returns null when the call needs {@link #bind} (keywords, or an error to
     * report).
     */
    public static Object[] bindPositional(PFunction fn, PCode code, Object[] args, String[] kwNames) {
        if (kwNames.length != 0 || code.kwonlyargcount != 0) {
            return null;
        }
        int nargs = args.length - 1;
        int npos = code.argcount;
        if (nargs > npos && !code.hasVarargs) {
            return null;
        }
        Object[] out = new Object[1 + code.paramCount()];
        out[0] = fn;
        int ncopy = Math.min(nargs, npos);
        System.arraycopy(args, 1, out, 1, ncopy);
        if (ncopy < npos && !fillDefaults(fn, out, ncopy, npos)) {
            return null;
        }
        packVarargs(code, out, args, nargs, code.hasVarkw ? (code.kwargsForwarded ? PKeywords.EMPTY : new PDict()) : null);
        return out;
    }

    /**
     * {@link #bindPositional} for a call passing no keywords, with {@code length}
     * ({@code args.length}) a compilation constant (see {@link ArgumentCount}): every loop unrolls and
     * every array index is a constant, so the arrays stay virtual in compiled code.
     */
    @ExplodeLoop
    static Object[] bindPositionalUnrolled(PFunction fn, PCode code, Object[] args, int length) {
        int nargs = length - 1;
        int npos = code.argcount;
        if (nargs > npos && !code.hasVarargs) {
            return null;
        }
        Object[] out = new Object[1 + code.paramCount()];
        out[0] = fn;
        int ncopy = Math.min(nargs, npos);
        for (int i = 1; i <= ncopy; i++) {
            out[i] = args[i];
        }
        if (ncopy < npos) {
            Object[] defaults = fn.defaults;
            // a missing argument: CompilerDirectives.transferToInterpreter, so that compiled code
            // has no path on which the arrays reach the general binder (a boundary) and escape
            if (defaults == null) {
                CompilerDirectives.transferToInterpreter();
                return null;
            }
            int first = npos - defaults.length;
            for (int p = ncopy; p < npos; p++) {
                if (p < first) {
                    CompilerDirectives.transferToInterpreter();
                    return null;
                }
                out[1 + p] = defaults[p - first];
            }
        }
        int nkw = code.kwonlyargcount;
        if (nkw != 0) {
            Object[] kwDefaults = fn.kwonlyDefaults;
            if (kwDefaults == null) {
                CompilerDirectives.transferToInterpreter();
                return null;
            }
            for (int j = 0; j < nkw; j++) {
                Object d = kwDefaults[j];
                if (d == null) {
                    CompilerDirectives.transferToInterpreter();
                    return null;
                }
                out[1 + npos + j] = d;
            }
        }
        packVarargsUnrolled(code, out, args, nargs, code.hasVarkw ? (code.kwargsForwarded ? PKeywords.EMPTY : new PDict()) : null);
        return out;
    }

    /**
     * {@link #packVarargs} with {@code nargs} a compilation constant: the {@code *args} tuple's
     * items copied one by one, so it stays virtual.
     */
    @ExplodeLoop
    static void packVarargsUnrolled(PCode code, Object[] out, Object[] args, int nargs, Object kwargs) {
        int npos = code.argcount;
        int next = 1 + npos + code.kwonlyargcount;
        if (code.hasVarargs) {
            Object[] rest = new Object[Math.max(0, nargs - npos)];
            for (int j = 0; j < rest.length; j++) {
                rest[j] = args[1 + npos + j];
            }
            out[next++] = PTuple.of(rest);
        }
        if (code.hasVarkw) {
            out[next] = kwargs;
        }
    }

    /**
     * Defaults for the positional parameters from {@code from} on that no argument filled (still
     * null in {@code out}); false when one of them has none. The loop runs only once the defaults
     * are known to exist: a loop reachable without them lets Graal hoist their null check above
     * it, where it fails for every function without defaults.
     */
    static boolean fillDefaults(PFunction fn, Object[] out, int from, int npos) {
        Object[] defaults = fn.defaults;
        if (defaults == null) {
            for (int p = from; p < npos; p++) {
                if (out[1 + p] == null) {
                    return false;
                }
            }
            return true;
        }
        int first = npos - defaults.length;
        for (int p = from; p < npos; p++) {
            if (out[1 + p] == null) {
                if (p < first) {
                    return false;
                }
                out[1 + p] = defaults[p - first];
            }
        }
        return true;
    }

    /**
     * Defaults for the keyword-only parameters no keyword filled (still null in {@code out});
     * false when one of them has none.
     */
    static boolean fillKwonlyDefaults(PFunction fn, PCode code, Object[] out) {
        int npos = code.argcount;
        for (int j = 0; j < code.kwonlyargcount; j++) {
            if (out[1 + npos + j] == null) {
                Object[] kwDefaults = fn.kwonlyDefaults;
                if (kwDefaults == null || kwDefaults[j] == null) {
                    return false;
                }
                out[1 + npos + j] = kwDefaults[j];
            }
        }
        return true;
    }

    /**
     * The {@code *args} tuple (the positional arguments beyond the positional parameters) and the
     * {@code **kwargs} dict (or {@link PKeywords}), after the named parameters in {@code out}, where
     * the code has them.
     */
    static void packVarargs(PCode code, Object[] out, Object[] args, int nargs, Object kwargs) {
        int npos = code.argcount;
        int next = 1 + npos + code.kwonlyargcount;
        if (code.hasVarargs) {
            Object[] rest = new Object[Math.max(0, nargs - npos)];
            System.arraycopy(args, 1 + Math.min(nargs, npos), rest, 0, rest.length);
            out[next++] = PTuple.of(rest);
        }
        if (code.hasVarkw) {
            out[next] = kwargs;
        }
    }

    @TruffleBoundary
    public static Object[] bind(PFunction fn, Object[] args, int offset, String[] kwNames) {
        PCode code = fn.code;
        int nargs = args.length - offset - kwNames.length;
        int npos = code.argcount;
        Object[] out = new Object[1 + code.paramCount()];
        out[0] = fn;
        int ncopy = Math.min(nargs, npos);
        System.arraycopy(args, offset, out, 1, ncopy);
        int varargsIndex = 1 + npos + code.kwonlyargcount;
        if (code.hasVarargs) {
            Object[] rest = new Object[Math.max(0, nargs - npos)];
            System.arraycopy(args, offset + ncopy, rest, 0, rest.length);
            out[varargsIndex] = PTuple.of(rest);
        } else if (nargs > npos) {
            throw tooMany(fn, nargs, kwNames, args, offset);
        }
        PDict kwargs = null;
        List<String> forwardedNames = null;
        List<Object> forwardedValues = null;
        if (code.hasVarkw) {
            if (code.kwargsForwarded) {
                forwardedNames = new ArrayList<>();
                forwardedValues = new ArrayList<>();
            } else {
                kwargs = new PDict();
                out[varargsIndex + (code.hasVarargs ? 1 : 0)] = kwargs;
            }
        }
        List<String> posonlyAsKw = null;
        for (int k = 0; k < kwNames.length; k++) {
            String name = kwNames[k];
            Object value = args[offset + nargs + k];
            int idx = -1;
            for (int p = code.posonlyargcount; p < npos + code.kwonlyargcount; p++) {
                if (code.varnames[p].equals(name)) {
                    idx = p;
                    break;
                }
            }
            if (idx < 0) {
                if (kwargs != null) {
                    kwargs.put(name, value);
                    continue;
                }
                if (forwardedNames != null) {
                    forwardedNames.add(name);
                    forwardedValues.add(value);
                    continue;
                }
                for (int p = 0; p < code.posonlyargcount; p++) {
                    if (code.varnames[p].equals(name)) {
                        if (posonlyAsKw == null) {
                            posonlyAsKw = new ArrayList<>();
                        }
                        posonlyAsKw.add(name);
                    }
                }
                if (posonlyAsKw != null) {
                    continue;
                }
                throw PyErrors.typeError("%s() got an unexpected keyword argument '%s'", fn.qualname, name);
            }
            if (out[1 + idx] != null) {
                throw PyErrors.typeError("%s() got multiple values for argument '%s'", fn.qualname, name);
            }
            out[1 + idx] = value;
        }
        if (forwardedNames != null) {
            out[varargsIndex + (code.hasVarargs ? 1 : 0)] = new PKeywords(forwardedNames.toArray(new String[0]),
                            forwardedValues.toArray());
        }
        if (posonlyAsKw != null) {
            throw PyErrors.typeError("%s() got some positional-only arguments passed as keyword arguments: '%s'",
                            fn.qualname, String.join(", ", posonlyAsKw));
        }
        // defaults for positionals
        Object[] defaults = fn.defaults;
        int ndefaults = defaults == null ? 0 : defaults.length;
        List<String> missing = null;
        for (int p = nargs; p < npos; p++) {
            if (out[1 + p] == null) {
                int d = p - (npos - ndefaults);
                if (d >= 0) {
                    out[1 + p] = defaults[d];
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(code.varnames[p]);
                }
            }
        }
        if (missing != null) {
            throw missing(fn, missing, "positional");
        }
        for (int p = npos; p < npos + code.kwonlyargcount; p++) {
            if (out[1 + p] == null) {
                Object d = fn.kwDefaults == null ? null : fn.kwDefaults.get(code.varnames[p]);
                if (d != null) {
                    out[1 + p] = d;
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(code.varnames[p]);
                }
            }
        }
        if (missing != null) {
            throw missing(fn, missing, "keyword-only");
        }
        return out;
    }

    private static RuntimeException missing(PFunction fn, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(names.size() == 2 ? " and " : (i == names.size() - 1 ? ", and " : ", "));
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return PyErrors.typeError("%s() missing %d required %s argument%s: %s", fn.qualname, names.size(), kind,
                        names.size() == 1 ? "" : "s", sb);
    }

    private static RuntimeException tooMany(PFunction fn, int given, String[] kwNames, Object[] args, int offset) {
        PCode code = fn.code;
        int ndefaults = fn.defaults == null ? 0 : fn.defaults.length;
        int max = code.argcount;
        String takes;
        if (ndefaults > 0) {
            takes = "from " + (max - ndefaults) + " to " + max + " positional arguments";
        } else {
            takes = max + " positional argument" + (max == 1 ? "" : "s");
        }
        int kwonlyGiven = 0;
        for (String k : kwNames) {
            for (int p = code.argcount; p < code.argcount + code.kwonlyargcount; p++) {
                if (code.varnames[p].equals(k)) {
                    kwonlyGiven++;
                }
            }
        }
        String was = given == 1 ? "was" : "were";
        if (kwonlyGiven > 0) {
            return PyErrors.typeError("%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given",
                            fn.qualname, takes, given, given == 1 ? "" : "s", kwonlyGiven, kwonlyGiven == 1 ? "" : "s");
        }
        return PyErrors.typeError("%s() takes %s but %d %s given", fn.qualname, takes, given, was);
    }
}
