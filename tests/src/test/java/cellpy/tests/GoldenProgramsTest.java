package cellpy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden-file programs under {@code src/test/resources/programs}: each {@code NAME.py} runs
 * in-process; its stdout must equal {@code NAME.out}. With {@code NAME.err} the program must exit
 * with status 1 and the last line of stderr must equal it; otherwise it must exit with 0.
 */
class GoldenProgramsTest {
    static final Path PROGRAMS = Paths.get("src/test/resources/programs");

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(PROGRAMS)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return files.stream().map(py -> DynamicTest.dynamicTest(PROGRAMS.relativize(py).toString(), () -> check(py)));
    }

    private static void check(Path py) throws IOException {
        String base = py.toString().substring(0, py.toString().length() - 3);
        Path outFile = Paths.get(base + ".out");
        Path errFile = Paths.get(base + ".err");
        CellpyRunner.Result r = CellpyRunner.run(py);
        String expectedOut = Files.exists(outFile) ? Files.readString(outFile, StandardCharsets.UTF_8) : "";
        assertEquals(expectedOut, r.out(), "stdout of " + py + "\nstderr:\n" + r.err());
        if (Files.exists(errFile)) {
            String want = Files.readString(errFile, StandardCharsets.UTF_8).strip();
            assertEquals(1, r.status(), "exit status of " + py + "\nstderr:\n" + r.err());
            assertEquals(want, lastLine(r.err()), "last stderr line of " + py);
        } else {
            assertEquals(0, r.status(), "exit status of " + py + "\nstderr:\n" + r.err());
        }
    }

    static String lastLine(String s) {
        String[] lines = s.strip().split("\n");
        return lines[lines.length - 1].strip();
    }
}
