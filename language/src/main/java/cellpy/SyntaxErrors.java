package cellpy;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import cellpy.parser.SyntaxErrorException;
import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.PBaseException;
import cellpy.runtime.PException;
import cellpy.runtime.PTuple;
import cellpy.runtime.PyType;

/** Turns a front-end {@link SyntaxErrorException} into CPython's printed form or a guest exception. */
public final class SyntaxErrors {
    private SyntaxErrors() {
    }

    /** CPython's report: {@code File} line, the source line, the caret line, {@code Type: message}. */
    @TruffleBoundary
    public static String format(SyntaxErrorException e) {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(e.fileName()).append("\", line ").append(e.line()).append('\n');
        String src = e.sourceLine();
        if (src != null) {
            String stripped = src.stripLeading();
            int removed = src.length() - stripped.length();
            String shown = stripped.stripTrailing();
            sb.append("    ").append(shown).append('\n');
            int col = Math.max(0, e.col() - removed);
            if (col <= shown.length()) {
                int end = e.endCol() > e.col() ? e.endCol() - removed : col + 1;
                end = Math.max(col + 1, Math.min(end, shown.length() + 1));
                sb.append("    ").append(" ".repeat(col)).append("^".repeat(end - col)).append('\n');
            }
        }
        sb.append(e.type()).append(": ").append(e.getMessage()).append('\n');
        return sb.toString();
    }

    /** The guest exception for embedders: {@code SyntaxError: msg (file, line N)}. */
    @TruffleBoundary
    public static PException toGuest(SyntaxErrorException e) {
        PyType type = switch (e.type()) {
            case "IndentationError" -> BuiltinTypes.INDENTATION_ERROR;
            case "TabError" -> BuiltinTypes.TAB_ERROR;
            default -> BuiltinTypes.SYNTAX_ERROR;
        };
        String msg = e.getMessage() + " (" + e.fileName() + ", line " + e.line() + ")";
        return new PException(new PBaseException(type, PTuple.of(msg)));
    }
}
