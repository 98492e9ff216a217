package cellpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import cellpy.nodes.ExprNode;
import cellpy.runtime.PDict;
import cellpy.runtime.ObjectOps;

/** {@code {k: v, **m}}: keys and values evaluated in order; a null key node means {@code **value}. */
public final class DictDisplayNode extends ExprNode {
    @Children private final ExprNode[] keys;
    @Children private final ExprNode[] values;

    public DictDisplayNode(ExprNode[] keys, ExprNode[] values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        PDict d = new PDict();
        for (int i = 0; i < values.length; i++) {
            if (keys[i] == null) {
                ObjectOps.dictUpdate(d, values[i].executeGeneric(frame));
            } else {
                Object k = keys[i].executeGeneric(frame);
                d.put(k, values[i].executeGeneric(frame));
            }
        }
        return d;
    }
}
