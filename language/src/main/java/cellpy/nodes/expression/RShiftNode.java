package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import cellpy.runtime.PyNumbers;

/** Python's binary {@code >>}. */
public abstract class RShiftNode extends BinaryNode {
    @Specialization(guards = "b >= 0")
    protected long doLong(long a, long b) {
        return a >> Math.min(b, 63);
    }

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return PyNumbers.rshift(a, b);
    }
}
