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

    /**
     * Set when this site's first {@link #INSERTS_ONLY} dict stores all added a key (a memo's
     * {@code cache[x] = r} after a miss): the inline lookup would only ever miss, so compiled code
     * goes straight to the dict's insertion, without a probe loop in every copy of the site that
     * inlining makes (a recursive memo inlines its wrapper a dozen times).
     */
    @CompilationFinal private boolean insertsOnly;
    private boolean rebound;
    private int inserts;
    private static final int INSERTS_ONLY = 16;

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
            if (insertsOnly) {
                dict.put(k, value);
                return;
            }
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
                rebound = true;
            } else {
                if (CompilerDirectives.inInterpreter() && !rebound && ++inserts >= INSERTS_ONLY) {
                    insertsOnly = true; // both paths are right: code compiled before may keep the lookup
                }
                dict.put(k, value); // the dict's own boundary only, not the generic path's around it
            }
            return;
        }
        PyObjects.setItem(o, k, value);
    }
}
