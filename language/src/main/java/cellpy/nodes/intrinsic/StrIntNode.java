package cellpy.nodes.intrinsic;

import cellpy.runtime.BuiltinFn;
import cellpy.runtime.PyInt;

/**
 * Calling the type {@code str} or {@code int} with one argument of a built-in kind that needs no
 * protocol: {@code str(i)} of an int or str, {@code int(x)} of an int, bool or float in range.
 * Every other call (a float's repr, a str to parse, a base, {@code __str__}, {@code __int__}) goes to
 * the type itself.
 */
final class StrIntNode extends IntrinsicNode {
    private final boolean str;

    StrIntNode(BuiltinFn fallback, boolean str) {
        super(fallback);
        this.str = str;
    }

    @Override
    public Object execute(Object[] args, String[] kwNames) {
        if (kwNames.length == 0 && args.length == 1) {
            Object a = args[0];
            if (str) {
                if (a instanceof String) {
                    return a;
                }
                if (a instanceof Long i) {
                    return PyInt.toString((long) i);
                }
            } else {
                if (a instanceof Long) {
                    return a;
                }
                if (a instanceof Boolean b) {
                    return b ? 1L : 0L;
                }
                // truncated toward zero, as int() does, while it fits a long (not NaN or infinite)
                if (a instanceof Double d && d > -9.2e18 && d < 9.2e18) {
                    return (long) (double) d;
                }
            }
        }
        return callFallback(args, kwNames);
    }
}
