package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import cellpy.runtime.PyNumbers;

/** {@code %}: the result takes the divisor's sign, like Python; on a str it formats. */
public abstract class ModNode extends BinaryNode {
    @Specialization(guards = "b != 0")
    protected long doLong(long a, long b) {
        return Math.floorMod(a, b);
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return PyNumbers.mod(a, b);
    }
}
