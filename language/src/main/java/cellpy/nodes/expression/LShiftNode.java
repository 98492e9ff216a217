package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import cellpy.runtime.PyNumbers;

/** Python's binary {@code <<}. */
public abstract class LShiftNode extends BinaryNode {
    @Specialization(guards = {"b >= 0", "b < 63", "((a << b) >> b) == a"})
    protected long doLong(long a, long b) {
        return a << b;
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return PyNumbers.lshift(a, b);
    }
}
