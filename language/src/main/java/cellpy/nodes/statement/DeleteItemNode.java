package cellpy.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.runtime.PyObjects;

/** {@code del obj[key]}. */
public final class DeleteItemNode extends StmtNode {
    @Child private ExprNode object;
    @Child private ExprNode key;

    public DeleteItemNode(ExprNode object, ExprNode key) {
        this.object = object;
        this.key = key;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object o = object.executeGeneric(frame);
        PyObjects.delItem(o, key.executeGeneric(frame));
    }
}
