package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import cellpy.runtime.PyNumbers;

/** Unary {@code -}. */
public abstract class NegNode extends UnaryNode {
    @Specialization(rewriteOn = ArithmeticException.class)
    protected long doLong(long v) {
        return Math.negateExact(v);
    }

    @Specialization
    protected double doDouble(double v) {
        return -v;
    }

    @Specialization(replaces = "doLong")
    protected Object doGeneric(Object v) {
        return PyNumbers.neg(v);
    }
}
