package cellpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.runtime.PNone;
import cellpy.runtime.PSlice;

/** {@code lower:upper:step} inside a subscript: builds a slice object (missing parts are None). */
public final class SliceNode extends ExprNode {
    @Child private ExprNode lower;
    @Child private ExprNode upper;
    @Child private ExprNode step;

    public SliceNode(ExprNode lower, ExprNode upper, ExprNode step) {
        this.lower = lower;
        this.upper = upper;
        this.step = step;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object l = lower == null ? PNone.NONE : lower.executeGeneric(frame);
        Object u = upper == null ? PNone.NONE : upper.executeGeneric(frame);
        Object s = step == null ? PNone.NONE : step.executeGeneric(frame);
        return new PSlice(l, u, s);
    }
}
