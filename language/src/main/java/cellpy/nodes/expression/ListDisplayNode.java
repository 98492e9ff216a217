package cellpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.runtime.PList;

/** {@code [a, *b, c]}. */
public final class ListDisplayNode extends ExprNode {
    @Child private SequenceElements elements;

    public ListDisplayNode(SequenceElements elements) {
        this.elements = elements;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return new PList(elements.execute(frame, 0));
    }
}
