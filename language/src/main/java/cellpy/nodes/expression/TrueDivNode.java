package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import cellpy.runtime.PyNumbers;

/** {@code /}: always a float for ints; division by zero goes to the generic path to raise. */
public abstract class TrueDivNode extends BinaryNode {
    @Specialization(guards = {"b != 0", "fitsDouble(a)", "fitsDouble(b)"})
    protected double doLong(long a, long b) {
        return (double) a / (double) b;
    }

    @Specialization(guards = "isNonZero(b)")
    protected double doDouble(double a, double b) {
        return a / b;
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return PyNumbers.truediv(a, b);
    }

    protected static boolean isNonZero(double b) {
        return b != 0.0;
    }

    /** Ints beyond 2**53 must divide exactly, as CPython does; leave them to the generic path. */
    protected static boolean fitsDouble(long v) {
        return v > -(1L << 53) && v < (1L << 53);
    }
}
