package cellpy.nodes.intrinsic;

import cellpy.nodes.expression.IsTrueNode;
import cellpy.nodes.expression.IsTrueNodeGen;
import cellpy.runtime.BuiltinFn;
import cellpy.runtime.PGenerator;

/** {@code any(gen)} / {@code all(gen)}: stops at the first deciding element, leaving the rest unconsumed. */
final class AnyAllNode extends IntrinsicNode {
    @Child private NextValueNode next = NextValueNodeGen.create();
    @Child private IsTrueNode isTrue = IsTrueNodeGen.create(null);
    private final boolean any;

    AnyAllNode(BuiltinFn fallback, boolean any) {
        super(fallback);
        this.any = any;
    }

    @Override
    public Object execute(Object[] args, String[] kwNames) {
        if (kwNames.length != 0 || args.length != 1 || !(args[0] instanceof PGenerator gen)) {
            return callFallback(args, kwNames);
        }
        Object v;
        while ((v = next.execute(gen)) != null) {
            if (isTrue.execute(v) == any) {
                return any;
            }
        }
        return !any;
    }
}
