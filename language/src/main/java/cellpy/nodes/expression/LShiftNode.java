package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import cellpy.runtime.PyNumbers;

/** Python's binary {@code <<}. */
public abstract class LShiftNode extends BinaryNode {
    @Specialization(guards = {"b >= 0", "b < 63", "fits(a, b)"})
    protected long doLong(long a, long b) {
        return a << b;
    }

    protected static boolean fits(long a, long b) {
        return ((a << b) >> b) == a;
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return PyNumbers.lshift(a, b);
    }
}
