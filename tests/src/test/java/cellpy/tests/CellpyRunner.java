package cellpy.tests;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/** Runs a program in-process as the launcher would ({@code cellpy.Main}), capturing stdout, stderr and the exit status. */
final class CellpyRunner {
    record Result(String out, String err, int status) {}

    private static Engine sharedEngine;

    private CellpyRunner() {
    }

    static synchronized Engine engine() {
        if (sharedEngine == null) {
            sharedEngine = Engine.newBuilder("cellpy").option("engine.WarnInterpreterOnly", "false").build();
        }
        return sharedEngine;
    }

    static Result run(Path file, String code, Map<String, String> options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = 0;
        Context.Builder b = Context.newBuilder("cellpy").out(out).err(err).option("cellpy.Main", "true")
                        .arguments("cellpy", new String[]{file == null ? "-c" : file.toString()});
        if (options.isEmpty()) {
            b.engine(engine());
        } else {
            b.options(options);
        }
        try (Context ctx = b.build()) {
            Source src = file != null ? Source.newBuilder("cellpy", file.toFile()).name(file.toString()).build()
                            : Source.create("cellpy", code);
            ctx.eval(src);
        } catch (PolyglotException e) {
            if (e.isExit()) {
                status = e.getExitStatus();
            } else {
                throw new AssertionError("program did not exit cleanly: " + e.getMessage() + "\nstderr: " + err, e);
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    static Result run(Path file) {
        return run(file, null, Map.of());
    }

    static Result runCode(String code) {
        return run(null, code, Map.of());
    }
}
