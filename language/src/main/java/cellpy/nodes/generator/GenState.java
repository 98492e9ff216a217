package cellpy.nodes.generator;

import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * Reading and writing resume points: static int slots of the generator's frame, which start at 0.
 * Their kind never changes, so resuming never deoptimizes on a slot's type, and being static they
 * carry no type tag, so a resume point costs one load or store.
 */
public final class GenState {
    private GenState() {
    }

    public static int get(VirtualFrame frame, int slot) {
        return frame.getIntStatic(slot);
    }

    public static void set(VirtualFrame frame, int slot, int value) {
        frame.setIntStatic(slot, value);
    }

    /** Static slots: no type tag to write or check (a fresh frame reads 0). */
    public static final FrameSlotKind KIND = FrameSlotKind.Static;
}
