package cellpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;

/** Reads a hidden object slot (a comprehension's result). */
public final class ReadTempNode extends ExprNode {
    private final int slot;

    public ReadTempNode(int slot) {
        this.slot = slot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return frame.getObject(slot);
    }
}
