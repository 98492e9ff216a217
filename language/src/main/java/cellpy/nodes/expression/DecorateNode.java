package cellpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import cellpy.nodes.ExprNode;
import cellpy.runtime.Calls;

/** {@code @d1 @d2 def f}: decorators evaluated first, top to bottom, then applied bottom-up. */
public final class DecorateNode extends ExprNode {
    @Children private final ExprNode[] decorators;
    @Child private ExprNode function;

    public DecorateNode(ExprNode[] decorators, ExprNode function) {
        this.decorators = decorators;
        this.function = function;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object[] ds = new Object[decorators.length];
        for (int i = 0; i < ds.length; i++) {
            ds[i] = decorators[i].executeGeneric(frame);
        }
        Object f = function.executeGeneric(frame);
        for (int i = ds.length - 1; i >= 0; i--) {
            f = Calls.call(ds[i], f);
        }
        return f;
    }
}
