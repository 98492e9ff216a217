package cellpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The attributes of generators and their frames, and the generator methods ({@code send},
 * {@code throw}, {@code close}, {@code __next__}, {@code __iter__}) installed on the generator type.
 */
public final class GeneratorAttributes {
    private GeneratorAttributes() {
    }

    /** A generator's or frame's own attribute, or null when it has none of that name. */
    @TruffleBoundary
    public static Object get(Object obj, String name) {
        if (obj instanceof PGenerator g) {
            return switch (name) {
                case "gi_frame" -> g.state == PGenerator.FINISHED ? PNone.NONE : new PFrame(g);
                case "gi_running" -> g.state == PGenerator.RUNNING;
                case "gi_code" -> g.code;
                case "gi_suspended" -> g.state == PGenerator.SUSPENDED;
                case "__name__" -> g.name;
                case "__qualname__" -> g.qualname;
                default -> null;
            };
        }
        if (obj instanceof PFrame f) {
            return switch (name) {
                case "f_locals" -> f.locals();
                case "f_lineno" -> (long) f.lineno();
                case "f_code" -> f.generator().code;
                case "f_globals" -> PNone.NONE;
                default -> null;
            };
        }
        return null;
    }

    /** Sets a writable generator attribute ({@code __name__}, {@code __qualname__}); false for others. */
    @TruffleBoundary
    public static boolean set(PGenerator g, String name, Object value) {
        if (!name.equals("__name__") && !name.equals("__qualname__")) {
            return false;
        }
        if (!(value instanceof String s)) {
            throw PyErrors.typeError("%s must be set to a string object", name);
        }
        if (name.equals("__name__")) {
            g.name = s;
        } else {
            g.qualname = s;
        }
        return true;
    }

    /** Installs the generator methods on {@link BuiltinTypes#GENERATOR}. */
    public static void installMethods() {
        PyType t = BuiltinTypes.GENERATOR;
        t.dict.put("send", new PBuiltinFunction("send", (args, kw) -> {
            check(args, kw, 2, "send");
            return GeneratorOps.send(self(args), args[1]);
        }));
        t.dict.put("throw", new PBuiltinFunction("throw", (args, kw) -> {
            if (args.length < 2 || args.length > 4 || kw.length > 0) {
                throw PyErrors.typeError("throw expected at least 1 argument, got %d", Math.max(0, args.length - 1));
            }
            return GeneratorOps.throwInto(self(args), args[1], args.length > 2 ? args[2] : null);
        }));
        t.dict.put("close", new PBuiltinFunction("close", (args, kw) -> {
            check(args, kw, 1, "close");
            return GeneratorOps.close(self(args));
        }));
        t.dict.put("__next__", new PBuiltinFunction("__next__", (args, kw) -> {
            check(args, kw, 1, "__next__");
            return self(args).nextOrStop();
        }));
        t.dict.put("__iter__", new PBuiltinFunction("__iter__", (args, kw) -> {
            check(args, kw, 1, "__iter__");
            return self(args);
        }));
    }

    private static PGenerator self(Object[] args) {
        if (args.length == 0 || !(args[0] instanceof PGenerator g)) {
            throw PyErrors.typeError("descriptor requires a 'generator' object");
        }
        return g;
    }

    private static void check(Object[] args, String[] kw, int n, String name) {
        if (kw.length > 0 || args.length != n) {
            int given = Math.max(0, args.length - 1);
            if (n == 1) {
                throw PyErrors.typeError("%s() takes no arguments (%d given)", name, given);
            }
            throw PyErrors.typeError("%s() takes exactly one argument (%d given)", name, given);
        }
    }
}
