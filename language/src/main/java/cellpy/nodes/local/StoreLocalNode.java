package cellpy.nodes.local;

import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.nodes.Node;

/**
 * Stores a value into a local's slot, keeping the slot primitive while it only ever holds one
 * primitive type (SimpleLanguage's scheme: the descriptor's slot kind goes Illegal -> Long/Double/
 * Boolean -> Object, never back). Once Object, values are stored boxed.
 */
@NodeField(name = "slot", type = int.class)
public abstract class StoreLocalNode extends Node {
    protected abstract int getSlot();

    /**
     * The descriptor of the frames this node stores into: always its function's, so it is kept
     * as a compilation constant. Read from the frame instead, it is a constant only for the
     * compiled function's own frame; a generator body stores into its generator's frame, loaded
     * from the generator object, and every store then reloaded the slot's kind (a load and a
     * compare per store, even where escape analysis keeps the frame in registers).
     */
    @CompilationFinal private FrameDescriptor descriptor;

    protected final FrameDescriptor descriptor(VirtualFrame frame) {
        FrameDescriptor d = descriptor;
        if (d == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            d = descriptor = frame.getFrameDescriptor();
        }
        return d;
    }

    public abstract void execute(VirtualFrame frame, Object value);

    /** The same for an int the caller has unboxed: the interpreter stores it without a box. */
    public abstract void executeLong(VirtualFrame frame, long value);

    public static StoreLocalNode create(int slot) {
        return StoreLocalNodeGen.create(slot);
    }

    @Specialization(guards = "isKind(frame, LONG_KIND)")
    protected void writeLong(VirtualFrame frame, long value) {
        descriptor(frame).setSlotKind(getSlot(), FrameSlotKind.Long);
        frame.setLong(getSlot(), value);
    }

    @Specialization(guards = "isKind(frame, DOUBLE_KIND)")
    protected void writeDouble(VirtualFrame frame, double value) {
        descriptor(frame).setSlotKind(getSlot(), FrameSlotKind.Double);
        frame.setDouble(getSlot(), value);
    }

    @Specialization(guards = "isKind(frame, BOOLEAN_KIND)")
    protected void writeBoolean(VirtualFrame frame, boolean value) {
        descriptor(frame).setSlotKind(getSlot(), FrameSlotKind.Boolean);
        frame.setBoolean(getSlot(), value);
    }

    @Specialization(replaces = {"writeLong", "writeDouble", "writeBoolean"})
    protected void writeObject(VirtualFrame frame, Object value) {
        descriptor(frame).setSlotKind(getSlot(), FrameSlotKind.Object);
        frame.setObject(getSlot(), value);
    }

    protected static final FrameSlotKind LONG_KIND = FrameSlotKind.Long;
    protected static final FrameSlotKind DOUBLE_KIND = FrameSlotKind.Double;
    protected static final FrameSlotKind BOOLEAN_KIND = FrameSlotKind.Boolean;

    /** The slot may take this primitive kind: it has it already, or has had nothing yet. */
    protected boolean isKind(VirtualFrame frame, FrameSlotKind kind) {
        FrameSlotKind k = descriptor(frame).getSlotKind(getSlot());
        return k == kind || k == FrameSlotKind.Illegal;
    }
}
