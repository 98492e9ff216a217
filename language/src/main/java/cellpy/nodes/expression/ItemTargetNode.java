package cellpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.AssignTargetNode;
import cellpy.nodes.ExprNode;
import cellpy.runtime.PDict;
import cellpy.runtime.PList;
import cellpy.runtime.PyObjects;

/** {@code obj[key] = value}: the object and key are evaluated after the value, as in CPython. */
public final class ItemTargetNode extends AssignTargetNode {
    @Child private ExprNode object;
    @Child private ExprNode key;

    public ItemTargetNode(ExprNode object, ExprNode key) {
        this.object = object;
        this.key = key;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        Object o = object.executeGeneric(frame);
        Object k = key.executeGeneric(frame);
        if (o instanceof PList list && k instanceof Long l && l >= 0 && l < list.size()) {
            list.items.set((int) (long) l, value);
            return;
        }
        if (o instanceof PDict dict) {
            dict.put(k, value); // the dict's own boundary only, not the generic path's around it
            return;
        }
        PyObjects.setItem(o, k, value);
    }
}
