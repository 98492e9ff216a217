package cellpy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import cellpy.nodes.StmtNode;
import cellpy.runtime.PException;

/**
 * A block in a generator that contains a yield. Resuming skips the statements before the one holding
 * the yield being resumed: the resume point says which (see {@link GenState}), so the block keeps no
 * state of its own.
 */
public final class GenBlockNode extends GenStmtNode {
    @Children private final StmtNode[] body;
    private final int resumeSlot;
    /** Statement i holds the yields numbered {@code ends[i] + 1 .. ends[i + 1]}. */
    @CompilationFinal(dimensions = 1) private final int[] ends;

    /** The last statement holding yields: a resume that gets that far lands in it, untested (see {@link GenState#holdsYields}). */
    private final int lastHolder;

    public GenBlockNode(StmtNode[] body, int resumeSlot, int[] ends) {
        this.body = body;
        this.resumeSlot = resumeSlot;
        this.ends = ends;
        int last = -1;
        for (int i = 0; i < body.length; i++) {
            if (ends[i + 1] > ends[i]) {
                last = i;
            }
        }
        this.lastHolder = last;
    }

    @Override
    @ExplodeLoop
    public boolean executeGen(VirtualFrame frame) {
        int rp = GenState.get(frame, resumeSlot);
        for (int i = 0; i < body.length; i++) {
            if (rp != 0 && i != lastHolder && !GenState.in(rp, ends[i], ends[i + 1])) {
                continue;
            }
            StmtNode s = body[i];
            try {
                if (GenStmtNode.run(s, frame)) {
                    return true;
                }
            } catch (YieldException y) {
                return true;
            } catch (PException e) {
                if (e.getValue().pendingLine < 0) {
                    e.getValue().pendingLine = s.getLine();
                }
                throw e;
            }
            rp = 0; // resumed (or run): the rest of the block runs as usual
        }
        return false;
    }
}
