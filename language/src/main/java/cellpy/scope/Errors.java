package cellpy.scope;

import java.util.List;

import cellpy.parser.Module;
import cellpy.parser.SyntaxErrorException;

/** Makes the symtable's SyntaxErrors, pointing at the file, line and source text of the offender. */
final class Errors {
    private final String fileName;
    private final List<String> sourceLines;

    Errors(Module m) {
        this.fileName = m.fileName();
        this.sourceLines = m.sourceLines();
    }

    SyntaxErrorException at(String message, int line, int col) {
        String text = null;
        if (sourceLines != null && line >= 1 && line <= sourceLines.size()) {
            text = sourceLines.get(line - 1);
        }
        return new SyntaxErrorException(message, fileName, line, col, text);
    }
}
