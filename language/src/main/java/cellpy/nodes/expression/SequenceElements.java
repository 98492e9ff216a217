package cellpy.nodes.expression;

import cellpy.runtime.PTuple;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import cellpy.nodes.ExprNode;
import java.util.ArrayList;

/**
 * The elements of a list, tuple or set display, or a call's positional arguments: evaluated left
 * to right; a starred element ({@code *xs}) contributes all its items.
 */
public final class SequenceElements extends Node {
    @Children private final ExprNode[] elements;
    private final boolean[] starred;
    private final boolean anyStarred;

    public SequenceElements(ExprNode[] elements, boolean[] starred) {
        this.elements = elements;
        this.starred = starred;
        boolean any = false;
        for (boolean s : starred) {
            any |= s;
        }
        this.anyStarred = any;
    }

    public int fixedCount() {
        return elements.length;
    }

    /** Evaluates into a fresh array; {@code offset} leading entries are left free for the caller. */
    @ExplodeLoop
    public Object[] execute(VirtualFrame frame, int offset) {
        if (!anyStarred) {
            Object[] out = new Object[offset + elements.length];
            for (int i = 0; i < elements.length; i++) {
                out[offset + i] = elements[i].executeGeneric(frame);
            }
            return out;
        }
        Object[] values = new Object[elements.length];
        for (int i = 0; i < elements.length; i++) {
            values[i] = elements[i].executeGeneric(frame);
        }
        if (elements.length == 1 && values[0] instanceof PTuple t) {
            // f(*args): the common forwarding call, copied without the general spread
            Object[] items = t.items();
            Object[] out = new Object[offset + items.length];
            System.arraycopy(items, 0, out, offset, items.length);
            return out;
        }
        return spread(values, starred, offset);
    }

    /**
     * Spreads the starred values (a boundary: it iterates arbitrary iterables). The elements are
     * evaluated before, in partially evaluated code, so the frame never reaches this method.
     */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static Object[] spread(Object[] values, boolean[] starred, int offset) {
        ArrayList<Object> list = new ArrayList<>();
        for (int i = 0; i < offset; i++) {
            list.add(null);
        }
        for (int i = 0; i < values.length; i++) {
            if (starred[i]) {
                Unpacker.addAll(list, values[i]);
            } else {
                list.add(values[i]);
            }
        }
        return list.toArray();
    }
}
