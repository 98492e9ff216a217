package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import cellpy.runtime.PyNumbers;

/** {@code x % c} for an int literal {@code c >= 2}: the long case divides by multiplication. */
public abstract class ConstModNode extends UnaryNode {
    private final ConstDivisor divisor;

    protected ConstModNode(long divisor) {
        this.divisor = new ConstDivisor(divisor);
    }

    @Specialization
    protected long doLong(long a) {
        return divisor.floorMod(a);
    }

    @Specialization
    protected Object doGeneric(Object a) {
        return PyNumbers.mod(a, divisor.divisor);
    }
}
