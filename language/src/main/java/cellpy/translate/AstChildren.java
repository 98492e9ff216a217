package cellpy.translate;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * The children of an AST record, for the translator's generic walks ({@link YieldFinder},
 * {@link TrivialBody}, {@link IterationLocals}): its components that can hold nodes or lists of
 * nodes, in declaration order; primitives, strings, enums and big integers are left out.
 */
final class AstChildren {
    private AstChildren() {
    }

    static List<Object> of(Record r) {
        List<Object> out = new ArrayList<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Class<?> t = c.getType();
            if (t.isPrimitive() || t == String.class || t.isEnum() || t == java.math.BigInteger.class) {
                continue;
            }
            try {
                out.add(c.getAccessor().invoke(r));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }
}
