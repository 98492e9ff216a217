package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import cellpy.runtime.PyNumbers;

/** Python's binary {@code &}. */
public abstract class BitAndNode extends BinaryNode {
    @Specialization
    protected long doLong(long a, long b) {
        return a & b;
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return PyNumbers.and(a, b);
    }
}
