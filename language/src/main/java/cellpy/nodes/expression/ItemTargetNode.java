package cellpy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

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

    /** Whether this site stored into a dict with an int key, or a str key (compiled code has only those lookups). */
    @CompilationFinal private boolean longKeys;
    @CompilationFinal private boolean strKeys;

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
            // an existing int or str key is rebound inline, for the key kinds this site has seen
            PDict.Entry e = null;
            if (k instanceof Long l) {
                if (!longKeys) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    longKeys = true;
                }
                e = dict.findLong(l);
            } else if (k instanceof String s) {
                if (!strKeys) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    strKeys = true;
                }
                e = dict.findStr(s);
            }
            if (e != null) {
                e.set(value);
            } else {
                dict.put(k, value); // the dict's own boundary only, not the generic path's around it
            }
            return;
        }
        PyObjects.setItem(o, k, value);
    }
}
