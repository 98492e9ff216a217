package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import cellpy.runtime.PyObjects;

/** Python's {@code <=} comparison. */
public abstract class LeNode extends BinaryNode {
    @Specialization
    protected boolean doLong(long a, long b) {
        return a <= b;
    }

    @Specialization
    protected boolean doDouble(double a, double b) {
        return a <= b;
    }

    @Specialization
    protected boolean doLongDouble(long a, double b) {
        return a <= b;
    }

    @Specialization
    protected boolean doDoubleLong(double a, long b) {
        return a <= b;
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return PyObjects.le(a, b);
    }
}
