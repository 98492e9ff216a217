package cellpy.nodes.intrinsic;

import cellpy.nodes.generator.BoxYieldedNode;
import cellpy.nodes.generator.GeneratorResumeNode;
import cellpy.runtime.BuiltinFn;
import cellpy.runtime.GeneratorOps;
import cellpy.runtime.PGenerator;
import cellpy.runtime.PNone;
import cellpy.runtime.PyErrors;

/** {@code next(gen)} / {@code next(gen, default)} on a generator, resumed through a cached call. */
final class NextNode extends IntrinsicNode {
    @Child private GeneratorResumeNode resume = GeneratorResumeNode.createRaw();
    @Child private BoxYieldedNode boxYielded = BoxYieldedNode.create();

    NextNode(BuiltinFn fallback) {
        super(fallback);
    }

    @Override
    public Object execute(Object[] args, String[] kwNames) {
        if (kwNames.length != 0 || args.length < 1 || args.length > 2 || !(args[0] instanceof PGenerator gen)) {
            return callFallback(args, kwNames);
        }
        Object v = resume.execute(gen, PNone.NONE);
        if (v == null) {
            Object returned = GeneratorOps.takeReturnValue(gen);
            if (args.length == 2) {
                return args[1];
            }
            throw PyErrors.stopIteration(returned);
        }
        return boxYielded.execute(gen, v);
    }
}
