package cellpy.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;

/** Any other immutable constant: str, None, Ellipsis, a big int. */
public final class ConstantNode extends ExprNode {
    private final Object value;

    public ConstantNode(Object value) {
        this.value = value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return value;
    }
}
