package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import cellpy.runtime.PyObjects;

/** {@code ==}. */
public abstract class EqNode extends BinaryNode {
    @Specialization
    protected boolean doLong(long a, long b) {
        return a == b;
    }

    @Specialization
    protected boolean doDouble(double a, double b) {
        return a == b;
    }

    @Specialization
    protected boolean doString(String a, String b) {
        return a.equals(b);
    }

    @Specialization
    protected boolean doGeneric(Object a, Object b) {
        return PyObjects.eq(a, b);
    }
}
