package cellpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.runtime.PSet;

/** {@code {a, *b, c}}; frozen where CPython folds a set display into a frozenset ({@code for x in {1, 2}}). */
public final class SetDisplayNode extends ExprNode {
    @Child private SequenceElements elements;
    private final boolean frozen;

    public SetDisplayNode(SequenceElements elements, boolean frozen) {
        this.elements = elements;
        this.frozen = frozen;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        PSet s = new PSet(frozen);
        for (Object v : elements.execute(frame, 0)) {
            s.add(v);
        }
        return s;
    }
}
