package cellpy.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.nodes.expression.BinaryNode;

/**
 * The operation of {@code x op= y}: in place for mutable containers and objects ({@code list +=}
 * extends), otherwise the binary operator with its fast paths.
 */
public final class InplaceOpNode extends ExprNode {
    @Child private ExprNode left;
    @Child private ExprNode right;
    @Child private BinaryNode op;
    private final String opName;

    public InplaceOpNode(ExprNode left, ExprNode right, BinaryNode op, String opName) {
        this.left = left;
        this.right = right;
        this.op = op;
        this.opName = opName;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object l = left.executeGeneric(frame);
        Object r = right.executeGeneric(frame);
        return Inplace.apply(frame, op, opName, l, r);
    }
}
