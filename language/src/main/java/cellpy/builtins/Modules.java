package cellpy.builtins;

import cellpy.CellpyContext;
import cellpy.runtime.BuiltinFn;
import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.PBaseException;
import cellpy.runtime.PBuiltinFunction;
import cellpy.runtime.PDict;
import cellpy.runtime.PException;
import cellpy.runtime.PInstance;
import cellpy.runtime.PModule;
import cellpy.runtime.PNone;
import cellpy.runtime.PTuple;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyInt;
import cellpy.runtime.PyObjects;
import cellpy.runtime.PyType;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The built-in modules {@code sys} and {@code time}, made per context on first import. sys.stdout
 * and sys.stderr are small file objects writing through the context's streams.
 */
public final class Modules {
    private Modules() {
    }

    /** The type of sys.stdout / sys.stderr. */
    static final PyType TEXT_IO = new PyType("TextIOWrapper", BuiltinTypes.OBJECT, true);
    private static final String FD = "\0fd";

    static {
        TEXT_IO.setModule("_io");
        ObjectMethods.def(TEXT_IO, "write", (a, k) -> {
            Args.range("write", a, k, 2, 2);
            if (!(a[1] instanceof String s)) {
                throw PyErrors.typeError("write() argument must be str, not %s", PyObjects.typeName(a[1]));
            }
            if (Long.valueOf(2).equals(((PInstance) a[0]).getAttribute(FD))) {
                CellpyContext.get().streams().writeErr(s);
            } else {
                CellpyContext.get().streams().writeOut(s);
            }
            return (long) cellpy.runtime.PyStr.length(s);
        });
        ObjectMethods.def(TEXT_IO, "flush", (a, k) -> {
            CellpyContext.get().streams().flush();
            return PNone.NONE;
        });
        ObjectMethods.def(TEXT_IO, "isatty", (a, k) -> false);
    }

    private static void fn(PDict d, String name, BuiltinFn f) {
        d.put(name, new PBuiltinFunction(name, f));
    }

    /** The module named {@code name}, or null when there is no such built-in module. */
    @TruffleBoundary
    public static PModule create(String name) {
        Builtins.initTypes();
        return switch (name) {
            case "sys" -> sys();
            case "time" -> time();
            case "dis" -> DisModule.create();
            default -> null;
        };
    }

    private static PInstance stream(long fd) {
        PInstance s = new PInstance(TEXT_IO);
        s.putAttribute(FD, fd);
        return s;
    }

    private static PModule sys() {
        PDict d = new PDict();
        PModule m = new PModule("sys", d);
        d.put("__name__", "sys");
        CellpyContext ctx = CellpyContext.get();
        d.put("argv", ctx.argv());
        d.put("stdout", stream(1));
        d.put("stderr", stream(2));
        d.put("maxsize", Long.MAX_VALUE);
        d.put("byteorder", "little");
        d.put("platform", "linux");
        d.put("version", "3.11.7 (cellpy)");
        d.put("version_info", PTuple.of(3L, 11L, 7L, "final", 0L));
        d.put("implementation_name", "cellpy");
        fn(d, "exit", (a, k) -> {
            Args.range("exit", a, k, 0, 1);
            Object code = a.length == 0 ? PNone.NONE : a[0];
            throw new PException(new PBaseException(BuiltinTypes.SYSTEM_EXIT,
                            code == PNone.NONE ? PTuple.EMPTY : PTuple.of(code)));
        });
        fn(d, "getrecursionlimit", (a, k) -> {
            Args.range("getrecursionlimit", a, k, 0, 0);
            return (long) CellpyContext.get().getRecursionLimit();
        });
        fn(d, "setrecursionlimit", (a, k) -> {
            Object v = Args.one("setrecursionlimit", a, k);
            if (!PyInt.isInt(v)) {
                throw PyErrors.typeError("'%s' object cannot be interpreted as an integer", PyObjects.typeName(v));
            }
            long n = PyInt.asClampedLong(v);
            if (n < 1) {
                throw PyErrors.valueError("recursion limit must be greater or equal than 1");
            }
            CellpyContext.get().setRecursionLimit((int) Math.min(n, Integer.MAX_VALUE));
            return PNone.NONE;
        });
        fn(d, "intern", (a, k) -> Args.one("intern", a, k));
        fn(d, "getsizeof", (a, k) -> 64L);
        return m;
    }

    private static PModule time() {
        PDict d = new PDict();
        PModule m = new PModule("time", d);
        d.put("__name__", "time");
        fn(d, "perf_counter", (a, k) -> {
            Args.range("perf_counter", a, k, 0, 0);
            return System.nanoTime() / 1e9;
        });
        fn(d, "perf_counter_ns", (a, k) -> System.nanoTime());
        fn(d, "monotonic", (a, k) -> System.nanoTime() / 1e9);
        fn(d, "monotonic_ns", (a, k) -> System.nanoTime());
        fn(d, "process_time", (a, k) -> System.nanoTime() / 1e9);
        fn(d, "time", (a, k) -> {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() + now.getNano() / 1e9;
        });
        fn(d, "time_ns", (a, k) -> {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        });
        fn(d, "sleep", (a, k) -> {
            Object v = Args.one("sleep", a, k);
            double secs;
            if (v instanceof Double x) {
                secs = x;
            } else if (PyInt.isInt(v)) {
                secs = PyInt.toDouble(v);
            } else {
                throw PyErrors.typeError("'%s' object cannot be interpreted as an integer", PyObjects.typeName(v));
            }
            if (secs < 0) {
                throw PyErrors.valueError("sleep length must be non-negative");
            }
            CellpyContext.get().streams().flush();
            try {
                Thread.sleep((long) (secs * 1000), (int) ((secs * 1e9) % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return PNone.NONE;
        });
        return m;
    }
}
