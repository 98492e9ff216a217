package cellpy.nodes.intrinsic;

import com.oracle.truffle.api.nodes.LoopNode;
import cellpy.nodes.expression.AddNode;
import cellpy.nodes.expression.AddNodeGen;
import cellpy.runtime.BuiltinFn;
import cellpy.runtime.PGenerator;

/** {@code sum(gen)} / {@code sum(gen, start)} over a generator, with the typed {@code +} of the language. */
final class SumNode extends IntrinsicNode {
    @Child private NextValueNode next = NextValueNodeGen.create();
    @Child private AddNode add = AddNodeGen.create(null, null);

    SumNode(BuiltinFn fallback) {
        super(fallback);
    }

    @Override
    public Object execute(Object[] args, String[] kwNames) {
        if (kwNames.length != 0 || args.length < 1 || args.length > 2 || !(args[0] instanceof PGenerator gen)
                        || (args.length == 2 && args[1] instanceof String)) {
            return fallback.call(args, kwNames);
        }
        Object acc = args.length == 2 ? args[1] : (Object) 0L;
        int count = 0;
        Object v;
        while ((v = next.execute(gen)) != null) {
            acc = add.executeEvaluated(null, acc, v);
            count++;
        }
        LoopNode.reportLoopCount(this, count);
        return acc;
    }
}
