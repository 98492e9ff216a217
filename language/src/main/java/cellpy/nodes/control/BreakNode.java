package cellpy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.StmtNode;

/** {@code break}. */
public final class BreakNode extends StmtNode {
    @Override
    public void executeVoid(VirtualFrame frame) {
        throw BreakException.INSTANCE;
    }
}
