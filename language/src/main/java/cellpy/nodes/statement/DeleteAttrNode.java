package cellpy.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.runtime.PyObjects;

/** {@code del obj.name}. */
public final class DeleteAttrNode extends StmtNode {
    @Child private ExprNode object;
    private final String name;

    public DeleteAttrNode(ExprNode object, String name) {
        this.object = object;
        this.name = name;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        PyObjects.delAttr(object.executeGeneric(frame), name);
    }
}
