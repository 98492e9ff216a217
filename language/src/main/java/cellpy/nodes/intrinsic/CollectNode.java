package cellpy.nodes.intrinsic;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import cellpy.runtime.BuiltinFn;
import cellpy.runtime.PIterator;
import cellpy.runtime.PList;
import cellpy.runtime.PTuple;

/** {@code list(gen)} / {@code tuple(gen)}: collects the values of a generator (or a map or filter iterator). */
final class CollectNode extends IntrinsicNode {
    @Child private GeneratorLoopNode loop = new GeneratorLoopNode(new Append());
    private final boolean tuple;

    CollectNode(BuiltinFn fallback, boolean tuple) {
        super(fallback);
        this.tuple = tuple;
    }

    @Override
    public Object execute(Object[] args, String[] kwNames) {
        if (kwNames.length != 0 || args.length != 1 || !NextValueNode.drainable(args[0])) {
            return callFallback(args, kwNames);
        }
        PList list = (PList) loop.execute((PIterator) args[0], new PList());
        return tuple ? PTuple.of(list.items.toArray()) : list;
    }

    private static final class Append extends GeneratorLoopNode.Step {
        @Override
        Object combine(Object acc, Object value) {
            add((PList) acc, value);
            return acc;
        }

        @Override
        String name() {
            return "list/tuple";
        }
    }

    @TruffleBoundary(allowInlining = true)
    private static void add(PList list, Object v) {
        list.add(v);
    }
}
