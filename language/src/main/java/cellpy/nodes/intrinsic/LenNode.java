package cellpy.nodes.intrinsic;

import cellpy.runtime.BuiltinFn;
import cellpy.runtime.PDict;
import cellpy.runtime.PList;
import cellpy.runtime.PTuple;
import cellpy.runtime.PyStr;

/**
 * {@code len(x)} of a list, tuple or dict read in compiled code, of a str counted in code points
 * (see {@link PyStr#lengthInline}); a user class's {@code __len__} and the errors go to the built-in.
 */
final class LenNode extends IntrinsicNode {
    LenNode(BuiltinFn fallback) {
        super(fallback);
    }

    @Override
    public Object execute(Object[] args, String[] kwNames) {
        if (kwNames.length == 0 && args.length == 1) {
            Object a = args[0];
            if (a instanceof PList l) {
                return (long) l.size();
            }
            if (a instanceof PTuple t) {
                return (long) t.size();
            }
            if (a instanceof PDict d) {
                return (long) d.size();
            }
            if (a instanceof String s) {
                return (long) PyStr.lengthInline(s);
            }
        }
        return callFallback(args, kwNames);
    }
}
