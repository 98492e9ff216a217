package cellpy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.StmtNode;

/** {@code continue}. */
public final class ContinueNode extends StmtNode {
    @Override
    public void executeVoid(VirtualFrame frame) {
        throw ContinueException.INSTANCE;
    }
}
