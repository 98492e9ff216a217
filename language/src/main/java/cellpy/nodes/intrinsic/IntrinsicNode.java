package cellpy.nodes.intrinsic;

import com.oracle.truffle.api.nodes.Node;
import cellpy.runtime.BuiltinFn;
import cellpy.runtime.PBuiltinFunction;
import cellpy.runtime.PyType;

/**
 * A built-in call done by a node. {@link #execute} gets the call's arguments (positional, then
 * keyword values, as {@link BuiltinFn}); shapes it does not handle go to the built-in itself, so
 * behaviour and error messages stay the built-in's.
 */
public abstract class IntrinsicNode extends Node {
    protected final BuiltinFn fallback;

    protected IntrinsicNode(BuiltinFn fallback) {
        this.fallback = fallback;
    }

    public abstract Object execute(Object[] args, String[] kwNames);

    public static boolean hasIntrinsic(PBuiltinFunction fn) {
        return fn.getOwner() == null && switch (fn.getName()) {
            case "sum", "any", "all", "max", "min", "next" -> true;
            default -> false;
        };
    }

    public static boolean hasIntrinsic(PyType t) {
        return t == cellpy.runtime.BuiltinTypes.LIST || t == cellpy.runtime.BuiltinTypes.TUPLE;
    }

    /** The intrinsic for a built-in function, or null when it has none. */
    public static IntrinsicNode forFunction(PBuiltinFunction fn) {
        if (fn.getOwner() != null) {
            return null;
        }
        return switch (fn.getName()) {
            case "sum" -> new SumNode(fn.getFn());
            case "any" -> new AnyAllNode(fn.getFn(), true);
            case "all" -> new AnyAllNode(fn.getFn(), false);
            case "max" -> new MinMaxNode(fn.getFn(), false);
            case "min" -> new MinMaxNode(fn.getFn(), true);
            case "next" -> new NextNode(fn.getFn());
            default -> null;
        };
    }

    /** The intrinsic for calling a built-in type, or null. */
    public static IntrinsicNode forType(PyType t) {
        if (!t.isBuiltin() || t.constructor == null) {
            return null;
        }
        return switch (t.getName()) {
            case "list" -> new CollectNode(t.constructor, false);
            case "tuple" -> new CollectNode(t.constructor, true);
            default -> null;
        };
    }
}
