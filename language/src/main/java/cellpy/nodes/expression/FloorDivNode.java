package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import cellpy.runtime.PyNumbers;

/** {@code //}: rounds toward negative infinity, like Python. */
public abstract class FloorDivNode extends BinaryNode {
    @Specialization(guards = {"b != 0", "!(a == MIN && b == -1)"})
    protected long doLong(long a, long b) {
        return Math.floorDiv(a, b);
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return PyNumbers.floordiv(a, b);
    }

    protected static final long MIN = Long.MIN_VALUE;
}
