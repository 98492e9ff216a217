package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import cellpy.runtime.PyNumbers;

/** Python's binary {@code **} (always through the generic protocol: the result type depends on the values). */
public abstract class PowNode extends BinaryNode {

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return PyNumbers.pow(a, b);
    }
}
