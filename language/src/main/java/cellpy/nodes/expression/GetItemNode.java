package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import cellpy.runtime.PList;
import cellpy.runtime.PyObjects;

/** {@code obj[key]}, with a fast path for indexing a list by an int in range. */
public abstract class GetItemNode extends BinaryNode {
    @Specialization(guards = {"index >= 0", "index < list.size()"})
    protected Object doList(PList list, long index) {
        return list.get((int) index);
    }

    @Specialization
    protected Object doGeneric(Object obj, Object key) {
        return PyObjects.getItem(obj, key);
    }
}
