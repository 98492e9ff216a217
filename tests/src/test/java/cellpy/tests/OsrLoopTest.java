package cellpy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/**
 * Loops compiled by on-stack replacement run on a copy of the function's frame (see
 * {@code PlainLoopNode}); leaving them in every way (running out, {@code break}, {@code return},
 * an exception, kinds of values changing inside; in functions, methods, a class body and at
 * module level) must leave the locals as CPython has them, and the OSR code must see the frame's
 * arguments (a class body's namespace, a method's {@code super()}). The
 * threshold is lowered so that every loop of the program is on-stack replaced, and the trace must
 * show it was.
 */
class OsrLoopTest {
    private static final Path DIR = Path.of("src/test/resources/osr");

    /** A compiled trace line's start, for {@code matches} with the function's name after it. */
    private static final String DONE = "(?s).*opt done\\s+(engine=\\d+\\s+)?id=\\s*\\d+\\s+";

    @Test
    void loopsLeftInEveryWayKeepTheirLocals() throws IOException {
        String trace = runTraced("loop_exits", "engine.OSRCompilationThreshold", "100");
        for (String fn : new String[]{"finished", "broke", "returned", "raised", "kinds_change", "nested", "floats",
            "with_finally", "kinds_per_call", "Child.total", "class Collected"}) {
            assertTrue(trace.matches(DONE + fn + "<OSR.*"), fn + "'s loop was on-stack replaced:\n" + trace);
        }
    }

    /**
     * A loop hot enough to be compiled on its own stops counting toward compiling the function
     * around it (see {@code PlainLoopNode.onItsOwn}): {@code run}, called four times with a long
     * loop, must have only its loop compiled; {@code often}, called 3000 times with a short loop,
     * must still be compiled itself.
     */
    @Test
    void aLoopCompiledOnItsOwnLeavesItsFunctionInterpreted() throws IOException {
        String trace = runTraced("loop_on_its_own");
        assertTrue(trace.matches(DONE + "run<OSR.*"), "run's loop was compiled on its own:\n" + trace);
        assertFalse(trace.matches(DONE + "run\\s.*"), "run itself was not compiled:\n" + trace);
        assertTrue(trace.matches(DONE + "often\\s.*"), "often was compiled:\n" + trace);
    }

    /**
     * A short loop (a few iterations per entry, see {@code PlainLoopNode.SHORT_ENTRY}) inside a
     * long one is not run in compiled code of its own: entered from the interpreter, it would get
     * into its code at every 1024th back edge for a few iterations and leave it through a
     * deoptimization each time (about 400 in this program). Its iterations count toward the loop
     * around it, which is compiled with it inside and left once.
     */
    @Test
    void aShortLoopIsCompiledWithTheLoopAroundIt() throws IOException {
        String trace = runTraced("short_inner_loop");
        assertTrue(trace.matches(DONE + "bank<OSR.*"), "a loop of bank was compiled on its own:\n" + trace);
        long deopts = trace.lines().filter(l -> l.contains("opt deopt")).count();
        assertTrue(deopts <= 2, deopts + " deoptimizations:\n" + trace);
    }

    /**
     * Runs {@code name.py} with synchronous compilation that throws on failure, extra engine
     * options given as name/value pairs; checks its output against {@code name.out} and returns
     * the compilation trace.
     */
    private static String runTraced(String name, String... options) throws IOException {
        Path py = DIR.resolve(name + ".py");
        String expected = Files.readString(DIR.resolve(name + ".out"), StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Engine.Builder b = Engine.newBuilder("cellpy").allowExperimentalOptions(true)
                        .option("engine.BackgroundCompilation", "false")
                        .option("engine.CompilationFailureAction", "Throw")
                        .option("engine.TraceCompilation", "true")
                        .out(out).logHandler(log);
        for (int i = 0; i < options.length; i += 2) {
            b.option(options[i], options[i + 1]);
        }
        try (Engine engine = b.build(); Context ctx = Context.newBuilder("cellpy").engine(engine).out(out).build()) {
            assertEquals("GraalVM CE", engine.getImplementationName(), "tests must run on the optimized runtime");
            ctx.eval(Source.newBuilder("cellpy", py.toFile()).build());
        }
        assertEquals(expected, out.toString(StandardCharsets.UTF_8));
        return log.toString(StandardCharsets.UTF_8);
    }
}
