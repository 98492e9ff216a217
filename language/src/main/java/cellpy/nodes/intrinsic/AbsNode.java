package cellpy.nodes.intrinsic;

import cellpy.runtime.BuiltinFn;

/**
 * {@code abs(x)} of an int or float in compiled code; anything else (a big int, {@code __abs__},
 * an error) goes to the built-in.
 */
final class AbsNode extends IntrinsicNode {
    AbsNode(BuiltinFn fallback) {
        super(fallback);
    }

    @Override
    public Object execute(Object[] args, String[] kwNames) {
        if (kwNames.length == 0 && args.length == 1) {
            Object a = args[0];
            if (a instanceof Long x && x != Long.MIN_VALUE) {
                return Math.abs(x);
            }
            if (a instanceof Double d) {
                return Math.abs(d);
            }
        }
        return callFallback(args, kwNames);
    }
}
