package cellpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.AssignTargetNode;
import cellpy.nodes.ExprNode;
import cellpy.runtime.PyObjects;

/** {@code obj.name = value}. */
public final class AttrTargetNode extends AssignTargetNode {
    @Child private ExprNode object;
    private final String name;

    public AttrTargetNode(ExprNode object, String name) {
        this.object = object;
        this.name = name;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        PyObjects.setAttr(object.executeGeneric(frame), name, value);
    }
}
