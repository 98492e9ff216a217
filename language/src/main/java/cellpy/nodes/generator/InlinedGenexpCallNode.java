package cellpy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.BranchProfile;
import cellpy.nodes.ExprNode;
import cellpy.nodes.control.ForNextNode;
import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.PBoundMethod;
import cellpy.runtime.PBuiltinFunction;
import cellpy.runtime.PList;
import cellpy.runtime.PSet;
import cellpy.runtime.PTuple;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyObjects;

/**
 * {@code list(e for ...)}, {@code tuple(...)}, {@code sum(...)}, {@code any(...)},
 * {@code all(...)}, {@code min(...)}, {@code max(...)}, {@code set(...)}, {@code sorted(...)}, and
 * {@code sep.join(...)} on a str: when the name is the built-in at the time of the call, the generator
 * expression runs inlined ({@link InlinedGenexpNode}) with a {@link GenexpSinkNode} building the
 * built-in's result; otherwise the generator is made and whatever the name holds is called with
 * it, as written. The callee is evaluated first, then the leftmost iterable, as CPython does.
 */
public final class InlinedGenexpCallNode extends ExprNode {
    /** The built-ins handled, by index (the constants below); the last is the method {@code str.join}. */
    private static final String[] NAMES = {"list", "tuple", "sum", "any", "all", "min", "max", "set", "sorted", "join"};
    private static final int LIST = 0;
    private static final int TUPLE = 1;
    private static final int SUM = 2;
    private static final int ANY = 3;
    private static final int ALL = 4;
    private static final int MIN = 5;
    private static final int MAX = 6;
    private static final int SET = 7;
    private static final int SORTED = 8;
    /** {@code sep.join(e for ...)}: the callee is {@code sep.join}, a bound method when sep is a str. */
    public static final int JOIN = 9;

    /** The index of the built-in function or type called {@code name}, or -1. */
    public static int builtinNamed(String name) {
        for (int i = 0; i < JOIN; i++) {
            if (NAMES[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Child private ExprNode callee;
    @Child private ExprNode leftmostIterable;
    @Child private InlinedGenexpNode genexp;
    /** Which built-in: an index into {@link #NAMES}. */
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

    /** The sink kind ({@link GenexpSinkNode}) for built-in number {@code builtin} of {@link #NAMES}. */
    public static int sinkKind(int builtin) {
        return switch (builtin) {
            case SUM -> GenexpSinkNode.SUM;
            case ANY -> GenexpSinkNode.ANY;
            case ALL -> GenexpSinkNode.ALL;
            case MIN -> GenexpSinkNode.MIN;
            case MAX -> GenexpSinkNode.MAX;
            case SET -> GenexpSinkNode.SET;
            default -> GenexpSinkNode.LIST; // list, tuple, sorted, join
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
        switch (builtin) {
            case LIST, TUPLE, SORTED, JOIN -> frame.setObject(accSlot, new PList());
            case SUM -> frame.setLong(accSlot, 0);
            case SET -> frame.setObject(accSlot, new PSet());
            case MIN, MAX -> frame.setObject(accSlot, null);
            default -> {
            }
        }
        try {
            boolean stopped = genexp.run(frame, source);
            return switch (builtin) {
                case LIST, SET -> frame.getObject(accSlot);
                case TUPLE -> PTuple.of(((PList) frame.getObject(accSlot)).items.toArray());
                case SUM -> frame.isLong(accSlot) ? (Object) frame.getLong(accSlot) : frame.getObject(accSlot);
                case ANY -> stopped;
                case ALL -> !stopped;
                case MIN, MAX -> best(frame);
                case SORTED -> sortedList(fn, frame.getObject(accSlot));
                default -> joined((PBoundMethod) fn, frame.getObject(accSlot));
            };
        } finally {
            frame.clear(accSlot);
        }
    }

    /** {@code sorted} of the values collected: the built-in itself, given them as a list. */
    @TruffleBoundary
    private static Object sortedList(Object sorted, Object values) {
        return ((PBuiltinFunction) sorted).getFn().call(new Object[]{values}, new String[0]);
    }

    /** {@code sep.join} of the values collected, by the method itself (it checks them all). */
    @TruffleBoundary
    private static Object joined(PBoundMethod join, Object values) {
        return ((PBuiltinFunction) join.function()).getFn().call(new Object[]{join.self(), values}, new String[0]);
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
            case LIST -> fn == BuiltinTypes.LIST;
            case TUPLE -> fn == BuiltinTypes.TUPLE;
            case SET -> fn == BuiltinTypes.SET;
            case JOIN -> fn instanceof PBoundMethod m && m.self() instanceof String && m.function() instanceof PBuiltinFunction f
                            && f.getOwner() == BuiltinTypes.STR && name.equals(f.getName());
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
