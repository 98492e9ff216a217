package cellpy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.runtime.PNone;

/** {@code return [value]}. */
public final class ReturnNode extends StmtNode {
    @Child private ExprNode value;

    public ReturnNode(ExprNode value) {
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw new ReturnException(value == null ? PNone.NONE : value.executeGeneric(frame));
    }
}
