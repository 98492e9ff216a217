package cellpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;

/**
 * A code object: what one {@code def}, {@code lambda} or comprehension compiles to, shared by every
 * function object made from it. Holds the call target, so call sites that cache on the code share
 * one compiled body across all closures of one definition. The name lists are CPython's
 * {@code co_varnames}, {@code co_cellvars}, {@code co_freevars}.
 */
public final class PCode {
    public final String name;
    public final String qualname;
    public final String fileName;
    public final int firstLine;
    public final String[] varnames;
    public final String[] cellvars;
    public final String[] freevars;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final boolean hasVarargs;
    public final boolean hasVarkw;
    public final boolean isGenerator;
    @CompilationFinal private RootCallTarget callTarget;
    /**
     * The {@code **kwargs} parameter is only passed on whole: calls bind it to a {@link PKeywords}
     * instead of a dict (set by the translator before the code runs).
     */
    @CompilationFinal public boolean kwargsForwarded;
    /** Produces the {@code dis.dis} listing of this code and the code nested in it. */
    private java.util.function.Supplier<String> disassembly;

    public PCode(String name, String qualname, String fileName, int firstLine, String[] varnames, String[] cellvars,
                    String[] freevars, int argcount, int posonlyargcount, int kwonlyargcount, boolean hasVarargs,
                    boolean hasVarkw, boolean isGenerator) {
        this.name = name;
        this.qualname = qualname;
        this.fileName = fileName;
        this.firstLine = firstLine;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.hasVarargs = hasVarargs;
        this.hasVarkw = hasVarkw;
        this.isGenerator = isGenerator;
    }

    /** Number of parameter slots: positional, keyword-only, *args, **kwargs. */
    public int paramCount() {
        return argcount + kwonlyargcount + (hasVarargs ? 1 : 0) + (hasVarkw ? 1 : 0);
    }

    public void setDisassembly(java.util.function.Supplier<String> disassembly) {
        this.disassembly = disassembly;
    }

    /** The {@code dis.dis} text, or null when unknown. */
    public String disassemble() {
        return disassembly == null ? null : disassembly.get();
    }

    public RootCallTarget getCallTarget() {
        return callTarget;
    }

    public void setCallTarget(RootCallTarget callTarget) {
        this.callTarget = callTarget;
    }
}
