package cellpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.runtime.PyObjects;

/** {@code obj.name}. */
public final class GetAttrNode extends ExprNode {
    @Child private ExprNode object;
    private final String name;

    public GetAttrNode(ExprNode object, String name) {
        this.object = object;
        this.name = name;
    }

    public ExprNode getObject() {
        return object;
    }

    public String getName() {
        return name;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return PyObjects.getAttr(object.executeGeneric(frame), name);
    }
}
