package cellpy.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.runtime.PyErrors;

/**
 * LOAD_FAST: reads a local from its frame slot, specialized on the slot's current tag so that a
 * local holding ints stays an unboxed long. An unset (or deleted) slot reads as null and raises
 * UnboundLocalError.
 */
@NodeField(name = "slot", type = int.class)
@NodeField(name = "name", type = String.class)
public abstract class ReadLocalNode extends ExprNode {
    protected abstract int getSlot();

    protected abstract String getName();

    @Specialization(guards = "frame.isLong(getSlot())")
    protected long readLong(VirtualFrame frame) {
        return frame.getLong(getSlot());
    }

    @Specialization(guards = "frame.isDouble(getSlot())")
    protected double readDouble(VirtualFrame frame) {
        return frame.getDouble(getSlot());
    }

    @Specialization(guards = "frame.isBoolean(getSlot())")
    protected boolean readBoolean(VirtualFrame frame) {
        return frame.getBoolean(getSlot());
    }

    /**
     * A slot holding an object: one tag test. The generic read below switches over every tag kind
     * and boxes primitives, which compiled code keeps wherever it cannot see the slot's tag (a
     * generator's frame lives on the heap): some 60 nodes per read.
     */
    @Specialization(guards = "frame.isObject(getSlot())")
    protected Object readObjectSlot(VirtualFrame frame) {
        return bound(frame.getObject(getSlot()));
    }

    @Specialization(replaces = {"readLong", "readDouble", "readBoolean", "readObjectSlot"})
    protected Object readObject(VirtualFrame frame) {
        return bound(frame.getValue(getSlot()));
    }

    /** The value read, or UnboundLocalError for an unset (or deleted) slot. */
    private Object bound(Object v) {
        if (v == null) {
            CompilerDirectives.transferToInterpreter();
            throw PyErrors.unboundLocal(getName());
        }
        return v;
    }
}
