package cellpy.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;

/** True or False. */
public final class BooleanLiteralNode extends ExprNode {
    private final boolean value;

    public BooleanLiteralNode(boolean value) {
        this.value = value;
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return value;
    }
}
