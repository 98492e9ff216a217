package cellpy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Test;

/**
 * On the optimized runtime, a closure-heavy loop compiles (compilation failures throw) and does not
 * fall into a deoptimization loop: each hot call target is compiled a bounded number of times.
 */
class CompilationTest {
    static final String KERNEL = """
                    def make_adder(k):
                        def add(x):
                            return x + k
                        return add

                    def make_counter():
                        n = 0
                        def tick():
                            nonlocal n
                            n += 1
                            return n
                        return tick

                    def run(n):
                        total = 0
                        tick = make_counter()
                        for i in range(n):
                            add = make_adder(i % 7)
                            total += add(i) + tick()
                            fs = [lambda y: y * j for j in range(3)]
                            total += fs[1](2)
                        return total

                    result = 0
                    for rep in range(40):
                        result = run(2000)
                    result
                    """;

    static final String GENERATOR_KERNEL = """
                    def countdown(n):
                        i = n
                        while i > 0:
                            yield i
                            i -= 1

                    def evens(gen):
                        for v in gen:
                            if v % 2 == 0:
                                yield v

                    def run(n):
                        s = 0
                        for v in evens(countdown(n)):
                            s += v
                        s += sum(x * 3 for x in (y + 1 for y in range(n)) if x % 5)
                        return s

                    result = 0
                    for rep in range(40):
                        result = run(3000)
                    result
                    """;

    /** Runs a kernel with every compilation traced and compilation failures thrown; returns the trace. */
    static String compileTrace(String kernel, long expected) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Engine engine = Engine.newBuilder("cellpy").allowExperimentalOptions(true)
                        .option("engine.TraceCompilation", "true")
                        .option("engine.CompilationFailureAction", "Throw")
                        .option("engine.BackgroundCompilation", "false")
                        .logHandler(log).build();
                        Context ctx = Context.newBuilder("cellpy").engine(engine).build()) {
            assertEquals("GraalVM CE", engine.getImplementationName(), "tests must run on the optimized runtime");
            assertEquals(expected, ctx.eval("cellpy", kernel).asLong());
        }
        return log.toString(StandardCharsets.UTF_8);
    }

    /**
     * Each required target compiled at least once, and no target compiled more than a few times per
     * tier: warm-up may deoptimize a new branch once or twice (a second call shape, a loop exit never
     * seen before), a deoptimization loop recompiles without bound.
     */
    static void assertCompiledWithoutDeoptLoops(String trace, String[] required, String[] targets) {
        for (String target : required) {
            assertTrue(countFor(trace, "opt done", target) >= 1, target + " was compiled:\n" + trace);
        }
        for (String target : targets) {
            int done = countFor(trace, "opt done", target);
            assertTrue(done <= 8, target + " compiled " + done + " times (deopt loop?):\n" + trace);
        }
    }

    @Test
    void closureKernelCompilesWithoutDeoptLoops() {
        long expected = 0;
        for (int i = 0; i < 2000; i++) {
            expected += i + (i % 7) + (i + 1) + 2 * 2;
        }
        String trace = compileTrace(KERNEL, expected);
        assertCompiledWithoutDeoptLoops(trace, new String[]{"run"},
                        new String[]{"run", "make_adder.<locals>.add", "make_counter.<locals>.tick"});
    }

    @Test
    void generatorKernelCompilesWithoutDeoptLoops() {
        int n = 3000;
        long expected = 0;
        for (int v = n; v > 0; v--) {
            if (v % 2 == 0) {
                expected += v;
            }
        }
        for (int y = 0; y < n; y++) {
            int x = y + 1;
            if (x % 5 != 0) {
                expected += x * 3L;
            }
        }
        String trace = compileTrace(GENERATOR_KERNEL, expected);
        assertCompiledWithoutDeoptLoops(trace, new String[]{"run"},
                        new String[]{"run", "countdown", "evens", "run.<locals>.<genexpr>"});
    }

    static int countFor(String trace, String event, String target) {
        Pattern p = Pattern.compile("\\[engine\\] " + Pattern.quote(event) + "\\s+(engine=\\d+\\s+)?id=\\s*\\d+\\s+" + Pattern.quote(target) + "\\s");
        Matcher m = p.matcher(trace);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
