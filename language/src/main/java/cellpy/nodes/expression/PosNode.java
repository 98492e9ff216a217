package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import cellpy.runtime.PyNumbers;

/** Unary {@code +}. */
public abstract class PosNode extends UnaryNode {
    @Specialization
    protected long doLong(long v) {
        return v;
    }

    @Specialization
    protected double doDouble(double v) {
        return v;
    }

    @Specialization
    protected Object doGeneric(Object v) {
        return PyNumbers.pos(v);
    }
}
