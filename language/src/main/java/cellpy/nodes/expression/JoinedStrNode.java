package cellpy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import cellpy.nodes.ExprNode;

/** An f-string: the concatenation of its literal parts and formatted fields. */
public final class JoinedStrNode extends ExprNode {
    @Children private final ExprNode[] parts;

    public JoinedStrNode(ExprNode[] parts) {
        this.parts = parts;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        String[] strs = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            strs[i] = (String) parts[i].executeGeneric(frame);
        }
        return concat(strs);
    }

    @TruffleBoundary
    private static String concat(String[] strs) {
        return String.join("", strs);
    }
}
