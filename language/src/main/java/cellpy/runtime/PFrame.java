package cellpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;

/**
 * {@code gen.gi_frame}: a view of a suspended generator's frame. {@code f_locals} is built from
 * the named slots (locals, then cell and free variables through their cells), skipping unbound
 * ones, as CPython's frame does; {@code f_lineno} is the line of the yield it stands at.
 */
public record PFrame(PGenerator generator) {

    @TruffleBoundary
    public PDict locals() {
        PDict d = new PDict();
        MaterializedFrame frame = generator.frame;
        FrameDescriptor fd = frame.getFrameDescriptor();
        int nlocals = generator.code.varnames.length;
        for (int i = 0; i < fd.getNumberOfSlots(); i++) {
            if (!(fd.getSlotName(i) instanceof String name)) {
                continue;
            }
            Object v = frame.getValue(i);
            if (i >= nlocals && v instanceof Cell c) {
                v = c.get();
            }
            if (v != null) {
                d.put(name, v);
            }
        }
        return d;
    }

    public int lineno() {
        return generator.line;
    }
}
