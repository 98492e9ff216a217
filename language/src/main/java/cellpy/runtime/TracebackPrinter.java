package cellpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.List;
import java.util.Map;

/**
 * Formats an uncaught exception as CPython does: the chain of causes and contexts first (with
 * "The above exception was the direct cause..." / "During handling..."), then
 * {@code Traceback (most recent call last):}, one {@code File} line per frame with its source line,
 * and the {@code Type: message} line.
 */
public final class TracebackPrinter {
    private TracebackPrinter() {
    }

    @TruffleBoundary
    public static String format(PBaseException e, Map<String, List<String>> sources) {
        StringBuilder sb = new StringBuilder();
        append(sb, e, sources, 0);
        return sb.toString();
    }

    /** CPython shows a frame line at most three times in a row, then how often it repeated. */
    private static void flushRepeats(StringBuilder sb, int repeats) {
        if (repeats >= 3) {
            int more = repeats - 2;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more == 1 ? "" : "s")
                            .append("]\n");
        }
    }

    private static void append(StringBuilder sb, PBaseException e, Map<String, List<String>> sources, int depth) {
        if (depth < 50) {
            if (e.cause != null) {
                append(sb, e.cause, sources, depth + 1);
                sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
            } else if (e.context != null && !e.suppressContext) {
                append(sb, e.context, sources, depth + 1);
                sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        if (!e.traceback.isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
            PBaseException.TracebackEntry last = null;
            int repeats = 0;
            for (int i = e.traceback.size() - 1; i >= 0; i--) {
                PBaseException.TracebackEntry t = e.traceback.get(i);
                if (t.equals(last)) {
                    repeats++;
                    if (repeats >= 3) {
                        continue;
                    }
                } else {
                    flushRepeats(sb, repeats);
                    repeats = 0;
                    last = t;
                }
                sb.append("  File \"").append(t.file()).append("\", line ").append(t.line()).append(", in ")
                                .append(t.name()).append('\n');
                List<String> lines = sources.get(t.file());
                if (lines != null && t.line() >= 1 && t.line() <= lines.size()) {
                    String src = lines.get(t.line() - 1).strip();
                    if (!src.isEmpty()) {
                        sb.append("    ").append(src).append('\n');
                    }
                }
            }
            flushRepeats(sb, repeats);
        }
        sb.append(PyObjects.exceptionLine(e)).append('\n');
    }
}
