package cellpy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/cellpy} as a user runs it: output, exit statuses, tracebacks, SyntaxError reports. */
class LauncherTest {
    record Run(String out, String err, int status) {}

    static final Path ROOT = Paths.get(System.getProperty("cellpy.root", "..")).toAbsolutePath().normalize();

    static Run cellpy(String... args) throws IOException, InterruptedException {
        return cellpy(Map.of(), args);
    }

    static Run cellpy(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ROOT.resolve("bin/cellpy").toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        // the test build (mvn package) has just built the launcher: never rebuild from inside a test
        pb.environment().put("CELLPY_NO_BUILD", "1");
        pb.environment().putAll(env);
        Path out = Files.createTempFile("cellpy", ".out");
        Path err = Files.createTempFile("cellpy", ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("cellpy timed out");
        }
        Run r = new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8), p.exitValue());
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    /**
     * The first run after a build makes the runtime image and start-up cache and says so on
     * stderr; do it here, so the tests below see a user's usual runs.
     */
    @BeforeAll
    static void prepareTheImage() throws Exception {
        Run r = cellpy("-c", "pass");
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void runsCodeFromTheCommandLine() throws Exception {
        Run r = cellpy("-c", "import sys\nprint(sys.argv[1:], 6 * 7)", "a", "b");
        assertEquals("['a', 'b'] 42\n", r.out());
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void versionReportsTheJit() throws Exception {
        Run r = cellpy("--version");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("cellpy 0.1.0\n"), r.out());
        assertTrue(r.out().contains("Truffle 25.0.4"), r.out());
        assertTrue(r.out().contains("Java 25"), r.out());
        assertTrue(r.out().contains("GraalVM CE"), r.out());
        // bin/cellpy makes the runtime image and its start-up cache after a build, on first use
        assertTrue(r.out().contains("start-up cache on"), r.out());
    }

    @Test
    void withoutTheImageTheJdkRunsTheJitFromTheUpgradeModulePath() throws Exception {
        Run r = cellpy(Map.of("CELLPY_NO_IMAGE", "1"), "--version");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("GraalVM CE"), r.out());
        assertTrue(r.out().contains("start-up cache off"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void uncaughtExceptionPrintsATracebackAndExitsWithOne(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("boom.py");
        Files.writeString(f, """
                        def inner(d):
                            return d['missing']

                        def outer():
                            return inner({})

                        print('before')
                        outer()
                        print('never')
                        """);
        Run r = cellpy(f.toString());
        assertEquals("before\n", r.out());
        assertEquals(1, r.status());
        String expected = "Traceback (most recent call last):\n"
                        + "  File \"" + f + "\", line 8, in <module>\n"
                        + "    outer()\n"
                        + "  File \"" + f + "\", line 5, in outer\n"
                        + "    return inner({})\n"
                        + "  File \"" + f + "\", line 2, in inner\n"
                        + "    return d['missing']\n"
                        + "KeyError: 'missing'\n";
        assertEquals(expected, r.err());
    }

    @Test
    void tracebackNamesASmallFunctionRunInItsCallersLoop(@TempDir Path dir) throws Exception {
        // scale is trivial, so the call site in run's loop runs its own copy of scale's body; by
        // the failing call the loop has run 5000 times (compiled, on a JIT runtime)
        Path f = dir.resolve("loop.py");
        Files.writeString(f, """
                        def scale(x):
                            return 10 // x

                        def run(n):
                            total = 0
                            for i in range(n, -1, -1):
                                total += scale(i)
                            return total

                        run(5000)
                        """);
        Run r = cellpy(f.toString());
        assertEquals(1, r.status());
        String expected = "Traceback (most recent call last):\n"
                        + "  File \"" + f + "\", line 10, in <module>\n"
                        + "    run(5000)\n"
                        + "  File \"" + f + "\", line 7, in run\n"
                        + "    total += scale(i)\n"
                        + "  File \"" + f + "\", line 2, in scale\n"
                        + "    return 10 // x\n"
                        + "ZeroDivisionError: integer division or modulo by zero\n";
        assertEquals(expected, r.err());
    }

    @Test
    void tracebackShowsTheFrameOfAGeneratorExpressionRunInItsLoop(@TempDir Path dir) throws Exception {
        // the generator expression runs inlined in run's for loop (no generator object); its
        // frame still shows where it raised, and its StopIteration becomes the cause of a
        // RuntimeError, after 5000 values (compiled, on a JIT runtime)
        Path f = dir.resolve("genexp.py");
        Files.writeString(f, """
                        def pick(it, i):
                            return next(it) if i == 4999 else i

                        def run(n):
                            it = iter([])
                            total = 0
                            for v in (pick(it, i) for i in range(n)):
                                total += v
                            return total

                        run(5000)
                        """);
        Run r = cellpy(f.toString());
        assertEquals(1, r.status());
        String expected = "Traceback (most recent call last):\n"
                        + "  File \"" + f + "\", line 7, in <genexpr>\n"
                        + "    for v in (pick(it, i) for i in range(n)):\n"
                        + "  File \"" + f + "\", line 2, in pick\n"
                        + "    return next(it) if i == 4999 else i\n"
                        + "StopIteration\n"
                        + "\n"
                        + "The above exception was the direct cause of the following exception:\n"
                        + "\n"
                        + "Traceback (most recent call last):\n"
                        + "  File \"" + f + "\", line 11, in <module>\n"
                        + "    run(5000)\n"
                        + "  File \"" + f + "\", line 7, in run\n"
                        + "    for v in (pick(it, i) for i in range(n)):\n"
                        + "RuntimeError: generator raised StopIteration\n";
        assertEquals(expected, r.err());
    }

    @Test
    void syntaxErrorIsReportedBeforeAnythingRuns(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.py");
        Files.writeString(f, "print('first')\nx = 1\nprint \"hello\"\n");
        Run r = cellpy(f.toString());
        assertEquals("", r.out());
        assertEquals(1, r.status());
        String expected = "  File \"" + f + "\", line 3\n"
                        + "    print \"hello\"\n"
                        + "    ^^^^^^^^^^^^^\n"
                        + "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n";
        assertEquals(expected, r.err());
    }

    @Test
    void sysExitSetsTheStatus() throws Exception {
        assertEquals(3, cellpy("-c", "import sys\nprint('x')\nsys.exit(3)").status());
        Run r = cellpy("-c", "import sys\nsys.exit('bye')");
        assertEquals(1, r.status());
        assertEquals("bye\n", r.err());
    }

    @Test
    void deepRecursionIsARecursionErrorNotAJavaStackTrace() throws Exception {
        Run r = cellpy("-c", "def f(n):\n    return f(n + 1)\nf(0)");
        assertEquals(1, r.status());
        assertTrue(r.err().endsWith("RecursionError: maximum recursion depth exceeded\n"), r.err());
        assertTrue(!r.err().contains("at com.oracle") && !r.err().contains("at cellpy."), r.err());
    }

    @Test
    void tracebackOfCodeGivenWithDashCShowsNoSourceLines() throws Exception {
        // CPython reads traceback lines from the file; "<string>" has none
        Run r = cellpy("-c", "def f():\n    1/0\nf()");
        assertEquals(1, r.status());
        assertEquals("Traceback (most recent call last):\n"
                        + "  File \"<string>\", line 3, in <module>\n"
                        + "  File \"<string>\", line 2, in f\n"
                        + "ZeroDivisionError: division by zero\n", r.err());
    }

    @Test
    void missingFileIsACleanError() throws Exception {
        Run r = cellpy("/nonexistent/nothing.py");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("can't open file"), r.err());
    }
}
