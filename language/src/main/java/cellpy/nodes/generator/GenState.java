package cellpy.nodes.generator;

import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * Reading and writing resume points: int slots that start Illegal (read as 0). Their kind is Int
 * from the start and never changes, so resuming never deoptimizes on a slot's type.
 */
public final class GenState {
    private GenState() {
    }

    public static int get(VirtualFrame frame, int slot) {
        return frame.isInt(slot) ? frame.getInt(slot) : 0;
    }

    public static void set(VirtualFrame frame, int slot, int value) {
        frame.setInt(slot, value);
    }

    public static final FrameSlotKind KIND = FrameSlotKind.Int;
}
