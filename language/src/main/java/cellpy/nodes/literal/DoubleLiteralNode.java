package cellpy.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;

/** A float literal. */
public final class DoubleLiteralNode extends ExprNode {
    private final double value;

    public DoubleLiteralNode(double value) {
        this.value = value;
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        return value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return value;
    }
}
