package cellpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.runtime.PSet;

/** {@code {a, *b, c}}. */
public final class SetDisplayNode extends ExprNode {
    @Child private SequenceElements elements;

    public SetDisplayNode(SequenceElements elements) {
        this.elements = elements;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        PSet s = new PSet();
        for (Object v : elements.execute(frame, 0)) {
            s.add(v);
        }
        return s;
    }
}
