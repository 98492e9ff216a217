package cellpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.StmtNode;
import cellpy.runtime.PDict;
import cellpy.runtime.PList;
import cellpy.runtime.PSet;

/** Creates a comprehension's empty result (list, set or dict) in its hidden slot. */
public final class ComprehensionInitNode extends StmtNode {
    private final int kind;
    private final int slot;

    public ComprehensionInitNode(int kind, int slot) {
        this.kind = kind;
        this.slot = slot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object r = switch (kind) {
            case ComprehensionAddNode.LIST -> new PList();
            case ComprehensionAddNode.SET -> new PSet();
            default -> new PDict();
        };
        frame.setObject(slot, r);
    }
}
