package cellpy.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.nodes.expression.BinaryNode;
import cellpy.runtime.PyObjects;

/** {@code obj[key] op= value}: object and key are evaluated once. */
public final class AugAssignItemNode extends StmtNode {
    @Child private ExprNode object;
    @Child private ExprNode key;
    @Child private ExprNode value;
    @Child private BinaryNode op;
    private final String opName;

    public AugAssignItemNode(ExprNode object, ExprNode key, ExprNode value, BinaryNode op, String opName) {
        this.object = object;
        this.key = key;
        this.value = value;
        this.op = op;
        this.opName = opName;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object o = object.executeGeneric(frame);
        Object k = key.executeGeneric(frame);
        Object current = PyObjects.getItem(o, k);
        Object v = value.executeGeneric(frame);
        PyObjects.setItem(o, k, Inplace.apply(frame, op, opName, current, v));
    }
}
