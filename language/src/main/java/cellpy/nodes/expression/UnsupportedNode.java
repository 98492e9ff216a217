package cellpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.PyErrors;

/** A construct cellpy parses but cannot run yet: raises NotImplementedError when reached. */
public final class UnsupportedNode extends ExprNode {
    private final String message;

    public UnsupportedNode(String message) {
        this.message = message;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        throw PyErrors.raise(BuiltinTypes.NOT_IMPLEMENTED_ERROR, message);
    }
}
