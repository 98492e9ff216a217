package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import cellpy.runtime.PyObjects;

/** {@code in} and, negated, {@code not in}: membership in the right operand. */
public abstract class InNode extends BinaryNode {
    protected final boolean negated;

    protected InNode(boolean negated) {
        this.negated = negated;
    }

    @Specialization
    protected boolean doGeneric(Object a, Object b) {
        return PyObjects.contains(b, a) != negated;
    }
}
