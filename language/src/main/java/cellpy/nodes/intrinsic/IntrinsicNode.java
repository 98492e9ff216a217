package cellpy.nodes.intrinsic;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
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

    /**
     * Whether this site ever needed the built-in itself. Until it does, compiled code has no call
     * of it: a result that may come from a boundary call makes escape analysis allocate the value
     * the node computes ({@code abs(i)} boxed its int on every call) and the arguments passed.
     */
    @CompilationFinal private boolean fallbackSeen;

    /**
     * The built-in itself, for the shapes the node does not handle: behind a boundary, as every
     * built-in call (its Java code is not partially evaluated), and with Python exceptions as
     * ordinary results, so an error does not invalidate the caller's compiled code.
     */
    protected final Object callFallback(Object[] args, String[] kwNames) {
        if (!fallbackSeen) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            fallbackSeen = true;
        }
        return callBuiltin(fallback, args, kwNames);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private static Object callBuiltin(BuiltinFn fn, Object[] args, String[] kwNames) {
        return fn.call(args, kwNames);
    }

    public static boolean hasIntrinsic(PBuiltinFunction fn) {
        return fn.getOwner() == null && switch (fn.getName()) {
            case "sum", "any", "all", "max", "min", "next", "abs", "len", "isinstance", "ord", "chr" -> true;
            default -> false;
        };
    }

    public static boolean hasIntrinsic(PyType t) {
        return t == cellpy.runtime.BuiltinTypes.LIST || t == cellpy.runtime.BuiltinTypes.TUPLE
                        || t == cellpy.runtime.BuiltinTypes.STR || t == cellpy.runtime.BuiltinTypes.INT;
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
            case "abs" -> new AbsNode(fn.getFn());
            case "len" -> new LenNode(fn.getFn());
            case "isinstance" -> IsInstanceNodeGen.create(fn.getFn());
            case "ord" -> new OrdChrNode(fn.getFn(), true);
            case "chr" -> new OrdChrNode(fn.getFn(), false);
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
            case "str" -> new StrIntNode(t.constructor, true);
            case "int" -> new StrIntNode(t.constructor, false);
            default -> null;
        };
    }
}
