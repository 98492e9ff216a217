package cellpy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import cellpy.parser.Module;
import cellpy.parser.Parser;
import cellpy.parser.SyntaxErrorException;
import cellpy.scope.DisListing;
import cellpy.scope.ScopeDump;
import cellpy.scope.SymbolTable;

/**
 * The symbol table against CPython's: each {@code scope/NAME.py} is parsed and analysed, and its
 * {@link ScopeDump} must equal {@code NAME.scopes}, which {@code scope/regen.py} prints from
 * python3's own {@code symtable} module and code objects. Each {@code scope/errors/NAME.py} must
 * fail with the SyntaxError (message and line) python3 gives, recorded in {@code NAME.err}. The
 * {@code dis.dis} listing of each program must show CPython's variable-access instructions.
 */
class ScopeDumpTest {
    static final Path SCOPES = Paths.get("src/test/resources/scope");

    private static List<Path> programs(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".py") && !p.getFileName().toString().equals("regen.py"))
                            .sorted().toList();
        }
    }

    private static Path sibling(Path py, String ext) {
        String name = py.getFileName().toString();
        return py.resolveSibling(name.substring(0, name.length() - 3) + ext);
    }

    private static SymbolTable analyse(Path py) throws IOException {
        String src = Files.readString(py, StandardCharsets.UTF_8);
        Module m = Parser.parse(src, py.getFileName().toString());
        return SymbolTable.build(m);
    }

    @TestFactory
    Stream<DynamicTest> dumps() throws IOException {
        return programs(SCOPES).stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
            String want = Files.readString(sibling(py, ".scopes"), StandardCharsets.UTF_8);
            assertEquals(want, ScopeDump.dump(analyse(py)), "scopes of " + py);
        }));
    }

    /**
     * {@link DisListing} must show the variable accesses CPython's dis shows, with the same
     * opnames, arguments and names ({@code NAME.dis}, from {@code regen.py}); the layout itself is
     * reduced to "OPNAME arg argrepr" per instruction and "== name" per code object.
     */
    @TestFactory
    Stream<DynamicTest> disListings() throws IOException {
        return programs(SCOPES).stream().map(py -> DynamicTest.dynamicTest("dis " + py.getFileName(), () -> {
            String want = Files.readString(sibling(py, ".dis"), StandardCharsets.UTF_8);
            String text = DisListing.dis(analyse(py).module());
            assertEquals(want, reduce(text), "dis listing of " + py + ":\n" + text);
        }));
    }

    static String reduce(String listing) {
        StringBuilder sb = new StringBuilder("== <module>\n");
        String header = "Disassembly of <code object ";
        for (String line : listing.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith(header)) {
                String rest = line.substring(header.length());
                sb.append("== ").append(rest, 0, rest.indexOf(" at 0x")).append('\n');
                continue;
            }
            String[] parts = line.substring(3).strip().split("\\s+", 3);
            sb.append(parts[0]);
            if (parts.length > 1) {
                sb.append(' ').append(parts[1]);
            }
            if (parts.length > 2) {
                sb.append(' ').append(parts[2], 1, parts[2].length() - 1);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @TestFactory
    Stream<DynamicTest> errors() throws IOException {
        return programs(SCOPES.resolve("errors")).stream().map(py -> DynamicTest.dynamicTest(
                        "error " + py.getFileName(), () -> {
                            String want = Files.readString(sibling(py, ".err"), StandardCharsets.UTF_8).strip();
                            try {
                                analyse(py);
                            } catch (SyntaxErrorException e) {
                                assertEquals(want, e.type() + ": " + e.getMessage() + " @ line " + e.line(),
                                                "error of " + py);
                                return;
                            }
                            fail(py + " analysed without error; want " + want);
                        }));
    }
}
