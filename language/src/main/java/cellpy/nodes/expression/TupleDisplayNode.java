package cellpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.runtime.PTuple;

/** {@code (a, *b, c)}. */
public final class TupleDisplayNode extends ExprNode {
    @Child private SequenceElements elements;

    public TupleDisplayNode(SequenceElements elements) {
        this.elements = elements;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return new PTuple(elements.execute(frame, 0));
    }
}
