package cellpy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import cellpy.nodes.StmtNode;
import cellpy.runtime.PException;

/**
 * A sequence of statements. When a Python exception leaves one of them, the innermost statement's
 * line is noted on the exception for the traceback (catching costs nothing until something throws).
 */
public final class BlockNode extends StmtNode {
    @Children private final StmtNode[] body;

    public BlockNode(StmtNode[] body) {
        this.body = body;
    }

    public StmtNode[] getBody() {
        return body;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (int i = 0; i < body.length; i++) {
            StmtNode s = body[i];
            try {
                s.executeVoid(frame);
            } catch (PException e) {
                if (e.getValue().pendingLine < 0) {
                    e.getValue().pendingLine = s.getLine();
                }
                throw e;
            }
        }
    }
}
