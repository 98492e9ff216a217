package cellpy.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every benchmark program in {@code programs/} runs in-process on the optimized runtime at the
 * small size recorded in {@code programs/expected-small.txt} (generated from CPython by
 * {@code programs/regen-expected.sh}), with compilation failures thrown and compilation done on the
 * program's thread, so the kernels are compiled while they run. It must print the same checksum
 * CPython prints for the same arguments, one {@code rep} line per repetition, no {@code ERROR}
 * line, at least one call target must have been compiled, none deoptimized more than three times,
 * and partial evaluation must have left no performance warning: a call it could not inline takes
 * the frame and its arguments along, and that escape alone makes partial escape analysis allocate
 * what it could otherwise keep in registers (a generator's frame, say).
 */
class KernelCompilationTest {
    static final Path PROGRAMS = Paths.get("programs");
    static final Path EXPECTED = PROGRAMS.resolve("expected-small.txt");

    record Expected(String n, String reps, String checksum) {}

    @TestFactory
    Stream<DynamicTest> kernels() throws IOException {
        Map<String, Expected> expected = readExpected();
        List<Path> files;
        try (Stream<Path> s = Files.list(PROGRAMS)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(!files.isEmpty(), "no benchmark programs in " + PROGRAMS.toAbsolutePath());
        List<DynamicTest> tests = new ArrayList<>();
        for (Path py : files) {
            String name = py.getFileName().toString().replaceFirst("\\.py$", "");
            tests.add(DynamicTest.dynamicTest(name, () -> check(py, name, expected.get(name))));
        }
        return tests.stream();
    }

    static Map<String, Expected> readExpected() throws IOException {
        Map<String, Expected> m = new HashMap<>();
        for (String line : Files.readAllLines(EXPECTED, StandardCharsets.UTF_8)) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+", 4);
            if (f.length != 4) {
                throw new IOException("bad line in " + EXPECTED + ": " + line);
            }
            m.put(f[0], new Expected(f[1], f[2], f[3]));
        }
        return m;
    }

    static void check(Path py, String name, Expected want) {
        assertNotNull(want, name + " has no line in " + EXPECTED + " (run programs/regen-expected.sh)");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        String path = py.toString();
        try (Context ctx = Context.newBuilder("cellpy").allowExperimentalOptions(true)
                        .option("engine.CompilationFailureAction", "Throw")
                        .option("engine.BackgroundCompilation", "false")
                        .option("engine.TraceCompilation", "true")
                        .option("compiler.TracePerformanceWarnings", "all")
                        .arguments("cellpy", new String[]{path, want.n(), want.reps()})
                        .out(out).err(err).logHandler(log).build()) {
            assertEquals("GraalVM CE", ctx.getEngine().getImplementationName(),
                            "the kernels must run on the optimized runtime (Graal JIT)");
            ctx.eval(Source.newBuilder("cellpy", py.toFile()).name(path).build());
        } catch (PolyglotException e) {
            fail(name + " failed on cellpy (" + (e.isExit() ? "exit status " + e.getExitStatus() : e.getMessage())
                            + ")\nstdout:\n" + out.toString(StandardCharsets.UTF_8)
                            + "\nstderr:\n" + err.toString(StandardCharsets.UTF_8), e);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        String stdout = out.toString(StandardCharsets.UTF_8);
        String checksum = null;
        int reps = 0;
        for (String line : stdout.split("\n")) {
            if (line.startsWith("checksum ")) {
                checksum = line.substring("checksum ".length()).strip();
            } else if (line.startsWith("rep ")) {
                reps++;
            } else if (line.startsWith("ERROR")) {
                fail(name + ": " + line + "\nstdout:\n" + stdout);
            }
        }
        assertEquals(want.checksum(), checksum, name + " " + want.n() + " " + want.reps()
                        + ": checksum differs from CPython's\nstdout:\n" + stdout);
        assertEquals(Integer.parseInt(want.reps()), reps, name + ": rep lines\nstdout:\n" + stdout);
        String trace = log.toString(StandardCharsets.UTF_8);
        assertTrue(trace.contains("opt done"), name + ": nothing was compiled at N=" + want.n() + "\n" + trace);
        assertNoDeoptLoop(name, trace);
        assertTrue(!trace.contains("perf warn"), name + ": a performance warning (a call partial evaluation could not inline, say)\n" + trace);
    }

    /**
     * A call target deoptimized again and again is a deoptimization loop: each round throws its
     * compiled code away. A few are expected while the inline caches of a polymorphic site fill
     * (a new generator or function at a cached call, up to the cache limit of 3 or 4); more is a
     * loop. (Graal's own deopt-cycle detection catches a guard failing over and over, and
     * CompilationFailureAction=Throw turns that into a failure too.)
     */
    static void assertNoDeoptLoop(String name, String trace) {
        Map<String, Integer> deopts = new HashMap<>();
        for (String line : trace.split("\n")) {
            if (line.contains("opt deopt")) {
                String[] f = line.substring(line.indexOf("opt deopt") + "opt deopt".length()).trim().split("\\s+");
                // fields: engine=1 id=N name ...
                String target = f.length > 2 ? f[2] : line;
                if (target.contains("<OSR@")) {
                    // on-stack-replaced code returns to the interpreter through a deliberate,
                    // non-invalidating transfer each time its loop ends (Truffle's bytecode OSR
                    // restores the parent frame that way), and the trace reports it as a deopt;
                    // a recompilation loop of such code shows as repeated "opt done" (below)
                    continue;
                }
                deopts.merge(target, 1, Integer::sum);
            } else if (line.contains("opt done") && line.contains("<OSR@")) {
                // one compilation unit per loop, told apart by id (a function's loops share a name)
                String[] f = line.substring(line.indexOf("opt done") + "opt done".length()).trim().split("\\s+");
                deopts.merge((f.length > 2 ? f[2] + " " + f[1] : line) + " (compilations)", 1, Integer::sum);
            }
        }
        deopts.forEach((target, n) -> assertTrue(n <= 3,
                        name + ": " + target + " deoptimized " + n + " times (a deoptimization loop)\n" + trace));
    }
}
