package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import cellpy.runtime.ObjectOps;

/** {@code is} and, negated, {@code is not}: object identity as CPython shows it. */
public abstract class IsNode extends BinaryNode {
    protected final boolean negated;

    protected IsNode(boolean negated) {
        this.negated = negated;
    }

    @Specialization
    protected boolean doGeneric(Object a, Object b) {
        return ObjectOps.isSame(a, b) != negated;
    }
}
