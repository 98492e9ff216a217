package cellpy.nodes.intrinsic;

import cellpy.nodes.expression.AddNode;
import cellpy.nodes.expression.AddNodeGen;
import cellpy.runtime.BuiltinFn;
import cellpy.runtime.PIterator;

/** {@code sum(gen)} / {@code sum(gen, start)} over a generator (or a map or filter iterator), with the typed {@code +} of the language. */
final class SumNode extends IntrinsicNode {
    @Child private GeneratorLoopNode loop = new GeneratorLoopNode(new Add());

    SumNode(BuiltinFn fallback) {
        super(fallback);
    }

    @Override
    public Object execute(Object[] args, String[] kwNames) {
        if (kwNames.length != 0 || args.length < 1 || args.length > 2 || !NextValueNode.drainable(args[0])
                        || (args.length == 2 && args[1] instanceof String)) {
            return callFallback(args, kwNames);
        }
        return loop.execute((PIterator) args[0], args.length == 2 ? args[1] : (Object) 0L);
    }

    private static final class Add extends GeneratorLoopNode.Step {
        @Child private AddNode add = AddNodeGen.create(null, null);

        @Override
        Object combine(Object acc, Object value) {
            return add.executeEvaluated(null, acc, value);
        }

        @Override
        String name() {
            return "sum";
        }
    }
}
