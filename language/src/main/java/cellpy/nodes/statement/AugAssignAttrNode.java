package cellpy.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives;
import cellpy.nodes.attr.GetInstanceAttrNode;
import cellpy.nodes.attr.SetInstanceAttrNode;
import cellpy.runtime.PInstance;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.nodes.generator.SpillNode;
import cellpy.nodes.expression.BinaryNode;
import cellpy.runtime.PyObjects;

/** {@code obj.name op= value}: the object is evaluated once. */
public final class AugAssignAttrNode extends StmtNode {
    @Child private ExprNode object;
    @Child private ExprNode value;
    @Child private BinaryNode op;
    private final String name;
    private final String opName;

    public AugAssignAttrNode(ExprNode object, String name, ExprNode value, BinaryNode op, String opName) {
        this.object = object;
        this.name = name;
        this.value = value;
        this.op = op;
        this.opName = opName;
    }

    @Child private GetInstanceAttrNode instanceGet;
    @Child private SetInstanceAttrNode instanceSet;

    /** Where the attribute's current value is kept when the value holds a yield (see {@link SpillNode}), else -1. */
    @CompilationFinal private int resumeSlot = -1;
    @CompilationFinal private int valueSlot = -1;

    public AugAssignAttrNode keepingCurrentIn(int resumeSlot, int valueSlot) {
        this.resumeSlot = resumeSlot;
        this.valueSlot = valueSlot;
        return this;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object o = object.executeGeneric(frame);
        if (o instanceof PInstance inst) {
            if (instanceGet == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                instanceGet = insert(GetInstanceAttrNode.create(name));
                instanceSet = insert(SetInstanceAttrNode.create(name));
            }
            Object current = current(frame, inst);
            Object v = value.executeGeneric(frame);
            instanceSet.execute(inst, Inplace.apply(frame, op, opName, current, v));
            return;
        }
        Object current = current(frame, o);
        Object v = value.executeGeneric(frame);
        PyObjects.setAttr(o, name, Inplace.apply(frame, op, opName, current, v));
    }

    /** The attribute's value before the operation: read, or the one kept while resuming. */
    private Object current(VirtualFrame frame, Object o) {
        if (SpillNode.isKept(frame, resumeSlot)) {
            return frame.getObjectStatic(valueSlot);
        }
        Object current = o instanceof PInstance inst ? instanceGet.execute(inst) : PyObjects.getAttr(o, name);
        SpillNode.keep(frame, resumeSlot, valueSlot, current);
        return current;
    }
}
