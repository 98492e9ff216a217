package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import cellpy.runtime.PyNumbers;

/** Python's binary {@code @} (no built-in type supports it). */
public abstract class MatMulNode extends BinaryNode {

    @Specialization
    protected Object doGeneric(Object a, Object b) {
        return PyNumbers.matmul(a, b);
    }
}
