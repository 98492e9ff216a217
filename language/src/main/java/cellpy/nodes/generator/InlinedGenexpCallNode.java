package cellpy.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.BranchProfile;
import cellpy.nodes.ExprNode;
import cellpy.nodes.control.ForNextNode;
import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.PBuiltinFunction;
import cellpy.runtime.PList;
import cellpy.runtime.PTuple;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyObjects;

/**
 * {@code list(e for ...)}, {@code tuple(...)}, {@code sum(...)}, {@code any(...)},
 * {@code all(...)}, {@code min(...)}, {@code max(...)}: when the name is the built-in at the time of the call, the generator
 * expression runs inlined ({@link InlinedGenexpNode}) with a {@link GenexpSinkNode} building the
 * built-in's result; otherwise the generator is made and whatever the name holds is called with
 * it, as written. The callee is evaluated first, then the leftmost iterable, as CPython does.
 */
public final class InlinedGenexpCallNode extends ExprNode {
    public static final String[] NAMES = {"list", "tuple", "sum", "any", "all", "min", "max"};

    @Child private ExprNode callee;
    @Child private ExprNode leftmostIterable;
    @Child private InlinedGenexpNode genexp;
    /** Index into {@link #NAMES}. */
    private final int builtin;
    private final String name;
    private final int accSlot;
    /** Make the generators when the name is not the built-in: innermost (leftmost) first. */
    @Children private final GeneratorExpNode[] generators;
    /** Calls what {@link #calleeSlot} holds with the generator in {@link #generatorSlot}. */
    @Child private ExprNode call;
    private final int calleeSlot;
    private final int generatorSlot;
    private final BranchProfile notTheBuiltin = BranchProfile.create();

    public InlinedGenexpCallNode(ExprNode callee, ExprNode leftmostIterable, InlinedGenexpNode genexp, int builtin,
                    int accSlot, GeneratorExpNode[] generators, ExprNode call, int calleeSlot, int generatorSlot) {
        this.callee = callee;
        this.leftmostIterable = leftmostIterable;
        this.genexp = genexp;
        this.builtin = builtin;
        this.name = NAMES[builtin];
        this.accSlot = accSlot;
        this.generators = generators;
        this.call = call;
        this.calleeSlot = calleeSlot;
        this.generatorSlot = generatorSlot;
    }

    /** The sink kind ({@link GenexpSinkNode}) for a built-in's name, or -1. */
    public static int sinkKind(int builtin) {
        return switch (builtin) {
            case 0, 1 -> GenexpSinkNode.LIST;
            case 2 -> GenexpSinkNode.SUM;
            case 3 -> GenexpSinkNode.ANY;
            case 4 -> GenexpSinkNode.ALL;
            case 5 -> GenexpSinkNode.MIN;
            default -> GenexpSinkNode.MAX;
        };
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object fn = callee.executeGeneric(frame);
        Object leftmost = leftmostIterable.executeGeneric(frame);
        if (!isTheBuiltin(fn)) {
            notTheBuiltin.enter();
            return callWithGenerator(frame, fn, leftmost);
        }
        Object source = ForNextNode.source(leftmost);
        if (builtin <= 1) {
            frame.setObject(accSlot, new PList());
        } else if (builtin == 2) {
            frame.setLong(accSlot, 0);
        } else if (builtin >= 5) {
            frame.setObject(accSlot, null);
        }
        try {
            boolean stopped = genexp.run(frame, source);
            return switch (builtin) {
                case 0 -> frame.getObject(accSlot);
                case 1 -> new PTuple(((PList) frame.getObject(accSlot)).items.toArray());
                case 2 -> frame.isLong(accSlot) ? (Object) frame.getLong(accSlot) : frame.getObject(accSlot);
                case 3 -> stopped;
                case 4 -> !stopped;
                default -> best(frame);
            };
        } finally {
            frame.clear(accSlot);
        }
    }

    private Object best(VirtualFrame frame) {
        Object best = frame.getObject(accSlot);
        if (best == null) {
            throw PyErrors.valueError("%s() arg is an empty sequence", name);
        }
        return best;
    }

    private boolean isTheBuiltin(Object fn) {
        return switch (builtin) {
            case 0 -> fn == BuiltinTypes.LIST;
            case 1 -> fn == BuiltinTypes.TUPLE;
            default -> fn instanceof PBuiltinFunction f && f.getOwner() == null && name.equals(f.getName());
        };
    }

    @ExplodeLoop
    private Object callWithGenerator(VirtualFrame frame, Object fn, Object leftmost) {
        Object gen = PyObjects.iter(leftmost);
        for (GeneratorExpNode g : generators) {
            gen = g.make(frame, gen);
        }
        frame.setObject(calleeSlot, fn);
        frame.setObject(generatorSlot, gen);
        try {
            return call.executeGeneric(frame);
        } finally {
            frame.clear(calleeSlot);
            frame.clear(generatorSlot);
        }
    }
}
