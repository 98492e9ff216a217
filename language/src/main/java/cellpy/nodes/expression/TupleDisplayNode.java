package cellpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.runtime.PTuple;

/** {@code (a, *b, c)}; an empty one is the one empty tuple, as in CPython ({@code () is ()}). */
public final class TupleDisplayNode extends ExprNode {
    @Child private SequenceElements elements;

    public TupleDisplayNode(SequenceElements elements) {
        this.elements = elements;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return PTuple.of(elements.execute(frame, 0));
    }
}
