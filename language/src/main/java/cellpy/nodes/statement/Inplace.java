package cellpy.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.expression.BinaryNode;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.PDict;
import cellpy.runtime.PException;
import cellpy.runtime.PTuple;
import cellpy.runtime.PInstance;
import cellpy.runtime.PList;
import cellpy.runtime.PSet;
import cellpy.runtime.PyNumbers;

/** The shared rule of augmented assignment: mutate in place where the left side allows it. */
final class Inplace {
    private Inplace() {
    }

    static Object apply(VirtualFrame frame, BinaryNode op, String opName, Object l, Object r) {
        try {
            if (l instanceof PList || l instanceof PSet || l instanceof PDict || l instanceof PInstance) {
                return PyNumbers.inplace(opName, l, r);
            }
            return op.executeEvaluated(frame, l, r);
        } catch (PException e) {
            throw inplaceMessage(e);
        }
    }

    /** CPython names the augmented operator ({@code +=}) in the TypeError for unsupported operands. */
    @TruffleBoundary
    private static PException inplaceMessage(PException e) {
        String prefix = "unsupported operand type(s) for ";
        PTuple args = e.getValue().getArgs();
        if (e.getType() == BuiltinTypes.TYPE_ERROR && args.size() == 1 && args.get(0) instanceof String msg
                        && msg.startsWith(prefix)) {
            int colon = msg.indexOf(':', prefix.length());
            if (colon > 0) {
                e.getValue().setArgs(PTuple.of(msg.substring(0, colon) + "=" + msg.substring(colon)));
            }
        }
        return e;
    }
}
