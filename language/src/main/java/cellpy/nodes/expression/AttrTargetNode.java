package cellpy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import cellpy.nodes.attr.SetInstanceAttrNode;
import cellpy.runtime.PInstance;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.AssignTargetNode;
import cellpy.nodes.ExprNode;
import cellpy.runtime.PyObjects;

/** {@code obj.name = value}. */
public final class AttrTargetNode extends AssignTargetNode {
    @Child private ExprNode object;
    private final String name;
    @Child private SetInstanceAttrNode instanceSet;

    public AttrTargetNode(ExprNode object, String name) {
        this.object = object;
        this.name = name;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        Object o = object.executeGeneric(frame);
        if (o instanceof PInstance inst) {
            if (instanceSet == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                instanceSet = insert(SetInstanceAttrNode.create(name));
            }
            instanceSet.execute(inst, value);
            return;
        }
        PyObjects.setAttr(o, name, value);
    }
}
