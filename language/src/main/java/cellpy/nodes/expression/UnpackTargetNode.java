package cellpy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import cellpy.nodes.AssignTargetNode;
import cellpy.runtime.PList;
import cellpy.runtime.PTuple;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyObjects;
import cellpy.runtime.ObjectOps;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code a, b = value} and {@code a, *rest, z = value}: unpacks an iterable into the sub-targets
 * with CPython's ValueError texts ("too many values to unpack (expected 2)", "not enough values to
 * unpack (expected 3, got 2)").
 */
public final class UnpackTargetNode extends AssignTargetNode {
    @Children private final AssignTargetNode[] targets;
    /** Index of the starred target, or -1. */
    private final int starIndex;

    public UnpackTargetNode(AssignTargetNode[] targets, int starIndex) {
        this.targets = targets;
        this.starIndex = starIndex;
    }

    @Override
    @ExplodeLoop
    public void assign(VirtualFrame frame, Object value) {
        Object[] items;
        if (starIndex < 0 && value instanceof PTuple t && t.size() == targets.length) {
            items = t.items();
        } else {
            items = unpack(value);
        }
        for (int i = 0; i < targets.length; i++) {
            targets[i].assign(frame, items[i]);
        }
    }

    @TruffleBoundary
    private Object[] unpack(Object value) {
        List<Object> all;
        if (value instanceof PList l) {
            all = l.items;
        } else if (value instanceof PTuple t) {
            all = java.util.Arrays.asList(t.items());
        } else {
            all = new ArrayList<>();
            Object it = ObjectOps.iterForUnpack(value);
            int limit = starIndex < 0 ? targets.length + 1 : Integer.MAX_VALUE;
            for (Object v = PyObjects.next(it); v != null; v = PyObjects.next(it)) {
                all.add(v);
                if (all.size() >= limit) {
                    break;
                }
            }
        }
        int n = targets.length;
        if (starIndex < 0) {
            if (all.size() > n) {
                CompilerDirectives.transferToInterpreter();
                throw PyErrors.valueError("too many values to unpack (expected %d)", n);
            }
            if (all.size() < n) {
                throw PyErrors.valueError("not enough values to unpack (expected %d, got %d)", n, all.size());
            }
            return all.toArray();
        }
        if (all.size() < n - 1) {
            throw PyErrors.valueError("not enough values to unpack (expected at least %d, got %d)", n - 1, all.size());
        }
        Object[] out = new Object[n];
        for (int i = 0; i < starIndex; i++) {
            out[i] = all.get(i);
        }
        int after = n - starIndex - 1;
        out[starIndex] = new PList(all.subList(starIndex, all.size() - after));
        for (int i = 0; i < after; i++) {
            out[starIndex + 1 + i] = all.get(all.size() - after + i);
        }
        return out;
    }
}
