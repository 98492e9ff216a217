package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import cellpy.runtime.PyNumbers;

/** Python's binary {@code *}: long without overflow, then float, then the generic protocol (mul). */
public abstract class MulNode extends BinaryNode {
    @Specialization(rewriteOn = ArithmeticException.class)
    protected long doLong(long a, long b) {
        return Math.multiplyExact(a, b);
    }

    @Specialization
    protected double doDouble(double a, double b) {
        return a * b;
    }

    @Specialization
    protected double doLongDouble(long a, double b) {
        return a * b;
    }

    @Specialization
    protected double doDoubleLong(double a, long b) {
        return a * b;
    }

    @Specialization(replaces = "doLong")
    protected Object doGeneric(Object a, Object b) {
        return PyNumbers.mul(a, b);
    }
}
