package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import cellpy.runtime.PyNumbers;

/** {@code //}: rounds toward negative infinity, like Python. */
public abstract class FloorDivNode extends BinaryNode {
    @Specialization(guards = {"b != 0", "!isOverflow(a, b)"})
    protected long doLong(long a, long b) {
        return Math.floorDiv(a, b);
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return PyNumbers.floordiv(a, b);
    }

    protected static boolean isOverflow(long a, long b) {
        return a == Long.MIN_VALUE && b == -1;
    }
}
