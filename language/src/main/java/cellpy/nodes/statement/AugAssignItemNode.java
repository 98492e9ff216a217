package cellpy.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.nodes.expression.BinaryNode;
import cellpy.nodes.generator.SpillNode;
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

    /** Where the item's current value is kept when the value holds a yield (see {@link SpillNode}), else -1. */
    @CompilationFinal private int resumeSlot = -1;
    @CompilationFinal private int valueSlot = -1;

    public AugAssignItemNode keepingCurrentIn(int resumeSlot, int valueSlot) {
        this.resumeSlot = resumeSlot;
        this.valueSlot = valueSlot;
        return this;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object o = object.executeGeneric(frame);
        Object k = key.executeGeneric(frame);
        Object current;
        if (SpillNode.isKept(frame, resumeSlot)) {
            current = frame.getObjectStatic(valueSlot);
        } else {
            current = PyObjects.getItem(o, k);
            SpillNode.keep(frame, resumeSlot, valueSlot, current);
        }
        Object v = value.executeGeneric(frame);
        PyObjects.setItem(o, k, Inplace.apply(frame, op, opName, current, v));
    }
}
