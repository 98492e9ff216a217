package cellpy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import cellpy.nodes.attr.GetInstanceAttrNode;
import cellpy.runtime.PInstance;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.runtime.PyObjects;

/** {@code obj.name}. */
public final class GetAttrNode extends ExprNode {
    @Child private ExprNode object;
    private final String name;
    @Child private GetInstanceAttrNode instanceGet;

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
        Object o = object.executeGeneric(frame);
        if (o instanceof PInstance inst) {
            if (instanceGet == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                instanceGet = insert(GetInstanceAttrNode.create(name));
            }
            return instanceGet.execute(inst);
        }
        return PyObjects.getAttr(o, name);
    }
}
