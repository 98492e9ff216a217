package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import cellpy.runtime.PyNumbers;

/** {@code x // c} for an int literal {@code c >= 2}: the long case divides by multiplication. */
public abstract class ConstFloorDivNode extends UnaryNode {
    private final ConstDivisor divisor;

    protected ConstFloorDivNode(long divisor) {
        this.divisor = new ConstDivisor(divisor);
    }

    @Specialization
    protected long doLong(long a) {
        return divisor.floorDiv(a);
    }

    @Specialization
    protected Object doGeneric(Object a) {
        return PyNumbers.floordiv(a, divisor.divisor);
    }
}
