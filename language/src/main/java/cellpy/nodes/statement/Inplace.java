package cellpy.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.expression.BinaryNode;
import cellpy.runtime.PDict;
import cellpy.runtime.PInstance;
import cellpy.runtime.PList;
import cellpy.runtime.PSet;
import cellpy.runtime.PyNumbers;

/** The shared rule of augmented assignment: mutate in place where the left side allows it. */
final class Inplace {
    private Inplace() {
    }

    static Object apply(VirtualFrame frame, BinaryNode op, String opName, Object l, Object r) {
        if (l instanceof PList || l instanceof PSet || l instanceof PDict || l instanceof PInstance) {
            return PyNumbers.inplace(opName, l, r);
        }
        return op.executeEvaluated(frame, l, r);
    }
}
