package cellpy.nodes.intrinsic;

import cellpy.nodes.expression.IsTrueNode;
import cellpy.nodes.expression.IsTrueNodeGen;
import cellpy.nodes.expression.GtNodeGen;
import cellpy.nodes.expression.LtNodeGen;
import cellpy.nodes.expression.BinaryNode;
import cellpy.runtime.BuiltinFn;
import cellpy.runtime.PGenerator;

/**
 * {@code max(a, b)} / {@code min(a, b)} with the language's typed comparison, and {@code max(gen)} /
 * {@code min(gen)} without key or default; an empty generator goes to the built-in's error.
 */
final class MinMaxNode extends IntrinsicNode {
    @Child private NextValueNode next = NextValueNodeGen.create();
    @Child private BinaryNode better;
    @Child private IsTrueNode isTrue = IsTrueNodeGen.create(null);

    MinMaxNode(BuiltinFn fallback, boolean min) {
        super(fallback);
        this.better = min ? LtNodeGen.create(null, null) : GtNodeGen.create(null, null);
    }

    @Override
    public Object execute(Object[] args, String[] kwNames) {
        if (kwNames.length == 0 && args.length == 2) {
            // max(a, b): b if b > a else a, as the built-in's loop decides it (min: b < a)
            return isTrue.execute(better.executeEvaluated(null, args[1], args[0])) ? args[1] : args[0];
        }
        if (kwNames.length != 0 || args.length != 1 || !(args[0] instanceof PGenerator gen)) {
            return callFallback(args, kwNames);
        }
        Object best = next.execute(gen);
        if (best == null) {
            return callFallback(args, kwNames);
        }
        Object v;
        while ((v = next.execute(gen)) != null) {
            if (isTrue.execute(better.executeEvaluated(null, v, best))) {
                best = v;
            }
        }
        return best;
    }
}
