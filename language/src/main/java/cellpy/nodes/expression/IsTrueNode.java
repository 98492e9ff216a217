package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import cellpy.nodes.ExprNode;
import cellpy.runtime.PyObjects;

/** Python truthiness of a value, fast for bools, ints, floats and strings. */
@NodeChild(value = "value", type = ExprNode.class)
public abstract class IsTrueNode extends ExprNode {
    public abstract boolean execute(Object value);

    public abstract boolean executeCondition(com.oracle.truffle.api.frame.VirtualFrame frame);

    @Specialization
    protected boolean doBoolean(boolean v) {
        return v;
    }

    @Specialization
    protected boolean doLong(long v) {
        return v != 0;
    }

    @Specialization
    protected boolean doDouble(double v) {
        return v != 0.0;
    }

    @Specialization
    protected boolean doString(String v) {
        return !v.isEmpty();
    }

    @Specialization(replaces = {"doBoolean", "doLong", "doDouble", "doString"})
    protected boolean doGeneric(Object v) {
        return PyObjects.isTrue(v);
    }
}
