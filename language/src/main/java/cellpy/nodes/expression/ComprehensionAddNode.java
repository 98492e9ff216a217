package cellpy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.runtime.PDict;
import cellpy.runtime.PList;
import cellpy.runtime.PSet;

/** LIST_APPEND / SET_ADD / MAP_ADD: adds one element to the comprehension's result. */
public final class ComprehensionAddNode extends StmtNode {
    public static final int LIST = 0;
    public static final int SET = 1;
    public static final int DICT = 2;

    private final int kind;
    private final int slot;
    @Child private ExprNode element;
    @Child private ExprNode value;

    public ComprehensionAddNode(int kind, int slot, ExprNode element, ExprNode value) {
        this.kind = kind;
        this.slot = slot;
        this.element = element;
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object result = frame.getObject(slot);
        Object e = element.executeGeneric(frame);
        switch (kind) {
            case LIST -> append((PList) result, e);
            case SET -> ((PSet) result).add(e);
            default -> ((PDict) result).put(e, value.executeGeneric(frame));
        }
    }

    @TruffleBoundary(allowInlining = true)
    private static void append(PList list, Object e) {
        list.add(e);
    }
}
