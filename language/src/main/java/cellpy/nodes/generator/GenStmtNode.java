package cellpy.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.StmtNode;

/**
 * A statement of a generator body that can suspend. {@link #executeGen} returns true when the
 * body suspended at a yield inside it (the value already stored in {@code PGenerator.yielded}),
 * so suspension travels up the resumable statements as a return value: no exception is thrown
 * and unwound per yield, which in the interpreter cost more than the rest of a resume together.
 * A yield nested in an expression still throws {@link YieldException}; the nearest resumable
 * statement turns it into {@code true}.
 */
public abstract class GenStmtNode extends StmtNode {
    /** Runs (or resumes) the statement; true when it suspended. */
    public abstract boolean executeGen(VirtualFrame frame);

    /** For a plain parent (a handler body, say): suspension becomes the exception such parents pass on. */
    @Override
    public final void executeVoid(VirtualFrame frame) {
        if (executeGen(frame)) {
            throw YieldException.INSTANCE;
        }
    }

    /**
     * Runs a child of a resumable statement, which may be resumable itself or a plain one, or is
     * absent (null: an {@code else} a loop does not have). The null check matters to compiled
     * code: a path that calls {@code executeVoid} on a child Graal cannot prove present stays a
     * virtual call that takes the generator's frame, and that escape alone makes partial escape
     * analysis allocate the frame and the generator, even where the path never runs.
     */
    public static boolean run(StmtNode s, VirtualFrame frame) {
        if (s == null) {
            return false;
        }
        if (s instanceof GenStmtNode g) {
            return g.executeGen(frame);
        }
        s.executeVoid(frame);
        return false;
    }
}
