package cellpy.builtins;

import cellpy.runtime.BuiltinFn;
import cellpy.runtime.PyErrors;

/**
 * Argument checking for built-ins, with CPython's several message styles: METH_O functions
 * ("len() takes exactly one argument (2 given)"), argument-clinic positional ranges ("divmod
 * expected 2 arguments, got 1") and keyword binding ("'x' is an invalid keyword argument for
 * print()"). Arguments arrive in vectorcall shape: positional values then keyword values.
 */
final class Args {
    private Args() {
    }

    static int positional(Object[] args, String[] kw) {
        return args.length - kw.length;
    }

    static void noKw(String name, String[] kw) {
        if (kw.length > 0) {
            throw PyErrors.typeError("%s() takes no keyword arguments", name);
        }
    }

    /** The same for a method, named {@code type.name} in the error (the name is built only then). */
    static void noKw(String type, String name, String[] kw) {
        if (kw.length > 0) {
            throw PyErrors.typeError("%s.%s() takes no keyword arguments", type, name);
        }
    }

    /** METH_O: exactly one positional argument, no keywords. */
    static Object one(String name, Object[] args, String[] kw) {
        noKw(name, kw);
        if (args.length != 1) {
            throw PyErrors.typeError("%s() takes exactly one argument (%d given)", name, args.length);
        }
        return args[0];
    }

    /** METH_NOARGS method (args[0] is self). */
    static void noArgs(String qualname, Object[] args, String[] kw) {
        noKw(qualname, kw);
        if (args.length != 1) {
            throw PyErrors.typeError("%s() takes no arguments (%d given)", qualname, args.length - 1);
        }
    }

    /** Clinic-style positional count check: "name expected at least/at most/N argument(s), got M". */
    static void range(String name, Object[] args, String[] kw, int min, int max) {
        noKw(name, kw);
        int n = args.length;
        if (n < min || n > max) {
            String what;
            int bound;
            if (min == max) {
                what = "";
                bound = min;
            } else if (n < min) {
                what = "at least ";
                bound = min;
            } else {
                what = "at most ";
                bound = max;
            }
            throw PyErrors.typeError("%s expected %s%d argument%s, got %d", name, what, bound, bound == 1 ? "" : "s", n);
        }
    }

    /** "name() takes at most N arguments (M given)" style for positional-only functions. */
    static void atMost(String name, Object[] args, String[] kw, int max) {
        int n = positional(args, kw);
        if (n > max) {
            throw PyErrors.typeError("%s() takes at most %d argument%s (%d given)", name, max, max == 1 ? "" : "s", n);
        }
    }

    /**
     * Binds keyword arguments by name: returns an array aligned with {@code names} holding the
     * keyword values (null when not given). Positional arguments are left to the caller.
     */
    static Object[] keywords(String fname, Object[] args, String[] kw, String... names) {
        Object[] out = new Object[names.length];
        int base = args.length - kw.length;
        outer: for (int k = 0; k < kw.length; k++) {
            for (int j = 0; j < names.length; j++) {
                if (names[j].equals(kw[k])) {
                    out[j] = args[base + k];
                    continue outer;
                }
            }
            throw PyErrors.typeError("'%s' is an invalid keyword argument for %s()", kw[k], fname);
        }
        return out;
    }

    /**
     * Full binding of positional-or-keyword parameters: values by position then by name, with
     * CPython's "missing required argument" / "got multiple values" / "takes at most" errors.
     * Slots left null are absent optional parameters.
     */
    static Object[] bind(String fname, Object[] args, String[] kw, int required, String... names) {
        Object[] out = new Object[names.length];
        int npos = args.length - kw.length;
        if (npos > names.length) {
            throw PyErrors.typeError("%s() takes at most %d argument%s (%d given)", fname, names.length,
                            names.length == 1 ? "" : "s", npos);
        }
        System.arraycopy(args, 0, out, 0, npos);
        outer: for (int k = 0; k < kw.length; k++) {
            for (int j = 0; j < names.length; j++) {
                if (names[j].equals(kw[k])) {
                    if (out[j] != null) {
                        throw PyErrors.typeError("argument for %s() given by name ('%s') and position (%d)", fname, kw[k],
                                        j + 1);
                    }
                    out[j] = args[npos + k];
                    continue outer;
                }
            }
            throw PyErrors.typeError("%s() got an unexpected keyword argument '%s'", fname, kw[k]);
        }
        for (int j = 0; j < required; j++) {
            if (out[j] == null) {
                throw PyErrors.typeError("%s() missing required argument '%s' (pos %d)", fname, names[j], j + 1);
            }
        }
        return out;
    }

    /**
     * {@link #bind} for a method: args[0] is self and is returned in slot 0; counts in messages
     * exclude it, as CPython's do.
     */
    static Object[] bindMethod(String fname, Object[] args, String[] kw, int required, String... names) {
        Object[] rest = new Object[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        Object[] b = bind(fname, rest, kw, required, names);
        Object[] out = new Object[b.length + 1];
        out[0] = args[0];
        System.arraycopy(b, 0, out, 1, b.length);
        return out;
    }

    static Object[] positionalOnly(Object[] args, String[] kw) {
        if (kw.length == 0) {
            return args;
        }
        Object[] p = new Object[args.length - kw.length];
        System.arraycopy(args, 0, p, 0, p.length);
        return p;
    }

    static final String[] NO_KW = BuiltinFn.NO_KW;
}
