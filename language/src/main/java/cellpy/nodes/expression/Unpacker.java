package cellpy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import cellpy.runtime.PyObjects;
import java.util.List;

/** Appends every item of an iterable to a Java list: {@code *x} in displays and calls. */
public final class Unpacker {
    private Unpacker() {
    }

    @TruffleBoundary
    public static void addAll(List<Object> out, Object iterable) {
        Object it = PyObjects.iter(iterable);
        for (Object v = PyObjects.next(it); v != null; v = PyObjects.next(it)) {
            out.add(v);
        }
    }
}
