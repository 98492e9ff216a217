package cellpy.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python exception instance (BaseException or any subclass, user-defined ones included). The
 * Java throwable that carries it through the interpreter is {@link PException}. The traceback is
 * collected as the exception unwinds: the innermost statement records its line in
 * {@link #pendingLine}, and each function it leaves appends one {@link TracebackEntry}.
 */
public final class PBaseException extends PInstance {
    private PTuple args;
    public PBaseException cause;
    public PBaseException context;
    public boolean suppressContext;
    public final List<TracebackEntry> traceback = new ArrayList<>();
    /** Line of the innermost statement the exception passed through in the current frame, or -1. */
    public int pendingLine = -1;

    /** One {@code File "f", line N, in name} line. */
    public record TracebackEntry(String file, int line, String name) {}

    public PBaseException(PyType type, PTuple args) {
        super(type);
        this.args = args;
    }

    public PTuple getArgs() {
        return args;
    }

    public void setArgs(PTuple args) {
        this.args = args;
    }

    /** Records the current frame as left at {@code line} (or at the pending line when known). */
    public void addFrame(String file, int line, String name) {
        traceback.add(new TracebackEntry(file, pendingLine >= 0 ? pendingLine : line, name));
        pendingLine = -1;
    }
}
