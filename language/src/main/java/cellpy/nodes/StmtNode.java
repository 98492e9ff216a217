package cellpy.nodes;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/** A statement, knowing its source line for tracebacks. */
public abstract class StmtNode extends Node {
    /** Set once by the translator; a constant to compiled code (a generator's resume reads it). */
    @CompilationFinal private int line;

    public abstract void executeVoid(VirtualFrame frame);

    public int getLine() {
        return line;
    }

    public StmtNode setLine(int line) {
        this.line = line;
        return this;
    }
}
