package cellpy.nodes.intrinsic;

import cellpy.nodes.expression.IsTrueNode;
import cellpy.nodes.expression.IsTrueNodeGen;
import cellpy.nodes.expression.GtNodeGen;
import cellpy.nodes.expression.LtNodeGen;
import cellpy.nodes.expression.BinaryNode;
import cellpy.runtime.BuiltinFn;
import cellpy.runtime.PGenerator;

/** {@code max(gen)} / {@code min(gen)} without key or default; an empty generator goes to the built-in's error. */
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
        if (kwNames.length != 0 || args.length != 1 || !(args[0] instanceof PGenerator gen)) {
            return fallback.call(args, kwNames);
        }
        Object best = next.execute(gen);
        if (best == null) {
            return fallback.call(args, kwNames);
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
