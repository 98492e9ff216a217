package cellpy.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.StmtNode;
import cellpy.runtime.PyErrors;

/** DELETE_FAST: {@code del x}; deleting an unbound local raises UnboundLocalError. */
public final class DeleteLocalNode extends StmtNode {
    private final int slot;
    private final String name;

    public DeleteLocalNode(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (frame.getValue(slot) == null) {
            CompilerDirectives.transferToInterpreter();
            throw PyErrors.unboundLocal(name);
        }
        frame.getFrameDescriptor().setSlotKind(slot, com.oracle.truffle.api.frame.FrameSlotKind.Object);
        frame.setObject(slot, null);
    }
}
