package cellpy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import cellpy.parser.AstDump;
import cellpy.parser.Parser;
import cellpy.parser.SyntaxErrorException;
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
 * The front end against CPython 3.11. Each {@code parser/NAME.py} must parse to the tree that
 * {@code NAME.ast} holds ({@code ast.dump} output made by {@code regen.sh}); each
 * {@code parser/errors/NAME.py} must be rejected with the SyntaxError in {@code NAME.err}, given
 * as {@code Type: message @ line}.
 */
class ParserTest {
    static final Path DIR = Paths.get("src/test/resources/parser");

    private static List<Path> pythonFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    private static Path sibling(Path py, String ext) {
        String name = py.getFileName().toString();
        return py.resolveSibling(name.substring(0, name.length() - 3) + ext);
    }

    @TestFactory
    Stream<DynamicTest> trees() throws IOException {
        return pythonFiles(DIR).stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
            String src = Files.readString(py, StandardCharsets.UTF_8);
            String want = Files.readString(sibling(py, ".ast"), StandardCharsets.UTF_8).strip();
            String got;
            try {
                got = AstDump.dump(Parser.parse(src, py.toString()));
            } catch (SyntaxErrorException e) {
                got = e.type() + ": " + e.getMessage() + " @ " + e.line();
            }
            assertEquals(want, got, "ast.dump of " + py);
        }));
    }

    @TestFactory
    Stream<DynamicTest> syntaxErrors() throws IOException {
        return pythonFiles(DIR.resolve("errors")).stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(),
                        () -> {
                            String src = Files.readString(py, StandardCharsets.UTF_8);
                            String want = Files.readString(sibling(py, ".err"), StandardCharsets.UTF_8).strip();
                            try {
                                Parser.parse(src, py.toString());
                                fail(py + " parsed, expected " + want);
                            } catch (SyntaxErrorException e) {
                                assertEquals(want, e.type() + ": " + e.getMessage() + " @ " + e.line(), "error of " + py);
                            }
                        }));
    }
}
