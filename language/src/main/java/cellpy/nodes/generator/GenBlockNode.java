package cellpy.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import cellpy.nodes.StmtNode;
import cellpy.runtime.PException;

/**
 * A block in a generator that contains a yield: remembers which statement it is in, so resuming
 * skips the statements already done.
 */
public final class GenBlockNode extends GenStmtNode {
    @Children private final StmtNode[] body;
    private final int indexSlot;

    public GenBlockNode(StmtNode[] body, int indexSlot) {
        this.body = body;
        this.indexSlot = indexSlot;
    }

    @Override
    @ExplodeLoop
    public boolean executeGen(VirtualFrame frame) {
        int start = GenState.get(frame, indexSlot);
        for (int i = 0; i < body.length; i++) {
            if (i < start) {
                continue;
            }
            StmtNode s = body[i];
            if (s instanceof GenStmtNode) {
                // only a resumable statement can suspend: the index must name it then; plain
                // statements run after it never need recording
                GenState.set(frame, indexSlot, i);
            }
            try {
                if (GenStmtNode.run(s, frame)) {
                    return true;
                }
            } catch (YieldException y) {
                return true;
            } catch (PException e) {
                GenState.set(frame, indexSlot, 0);
                if (e.getValue().pendingLine < 0) {
                    e.getValue().pendingLine = s.getLine();
                }
                throw e;
            } catch (Throwable t) {
                GenState.set(frame, indexSlot, 0);
                throw t;
            }
        }
        GenState.set(frame, indexSlot, 0);
        return false;
    }
}
