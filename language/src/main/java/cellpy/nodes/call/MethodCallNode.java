package cellpy.nodes.call;

import cellpy.nodes.attr.InstanceMethodNode;
import cellpy.runtime.PFunction;
import cellpy.runtime.PInstance;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import cellpy.nodes.ExprNode;
import cellpy.nodes.generator.BoxYieldedNode;
import cellpy.nodes.generator.GeneratorResumeNode;
import cellpy.runtime.BuiltinFn;
import cellpy.runtime.PBoundMethod;
import cellpy.runtime.PGenerator;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyObjects;

/**
 * {@code obj.name(args)} without building a bound method where it can: {@code gen.send(v)} and
 * {@code gen.__next__()} resume the generator through a cached direct call; any other bound
 * method is called with self prepended, through the dispatch's inline cache.
 */
public final class MethodCallNode extends ExprNode {
    @Child private ExprNode receiver;
    @Children private final ExprNode[] args;
    private final String name;
    private final String[] kwNames;
    @Child private CallDispatchNode dispatch = CallDispatchNodeGen.create();
    @Child private GeneratorResumeNode resume;
    @Child private BoxYieldedNode boxYielded;
    @Child private InstanceMethodNode instanceMethod;

    public MethodCallNode(ExprNode receiver, String name, ExprNode[] args, String[] kwNames) {
        this.receiver = receiver;
        this.name = name;
        this.args = args;
        this.kwNames = kwNames;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object self = receiver.executeGeneric(frame);
        if (self instanceof PGenerator gen && kwNames.length == 0 && isResume(args.length)) {
            Object sent = args.length == 1 ? args[0].executeGeneric(frame) : cellpy.runtime.PNone.NONE;
            if (resume == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                resume = insert(GeneratorResumeNode.createRaw());
                boxYielded = insert(BoxYieldedNode.create());
            }
            Object v = resume.execute(gen, sent);
            if (v == null) {
                throw PyErrors.stopIteration(cellpy.runtime.GeneratorOps.takeReturnValue(gen));
            }
            return boxYielded.execute(gen, v);
        }
        if (self instanceof PInstance inst) {
            if (instanceMethod == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                instanceMethod = insert(InstanceMethodNode.create(name));
            }
            PFunction fn = instanceMethod.execute(inst);
            if (fn != null) {
                Object[] all = new Object[args.length + 2];
                all[1] = inst;
                for (int i = 0; i < args.length; i++) {
                    all[i + 2] = args[i].executeGeneric(frame);
                }
                return dispatch.execute(fn, all, kwNames.length == 0 ? BuiltinFn.NO_KW : kwNames);
            }
        }
        Object method = PyObjects.getAttr(self, name);
        if (method instanceof PBoundMethod m) {
            Object[] all = new Object[args.length + 2];
            all[1] = m.self();
            for (int i = 0; i < args.length; i++) {
                all[i + 2] = args[i].executeGeneric(frame);
            }
            return dispatch.execute(m.function(), all, kwNames.length == 0 ? BuiltinFn.NO_KW : kwNames);
        }
        Object[] all = new Object[args.length + 1];
        for (int i = 0; i < args.length; i++) {
            all[i + 1] = args[i].executeGeneric(frame);
        }
        return dispatch.execute(method, all, kwNames.length == 0 ? BuiltinFn.NO_KW : kwNames);
    }

    private boolean isResume(int nargs) {
        return (name.equals("send") && nargs == 1) || (name.equals("__next__") && nargs == 0);
    }
}
