package cellpy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.Calls;
import cellpy.runtime.PBaseException;
import cellpy.runtime.PException;
import cellpy.runtime.GeneratorOps;
import cellpy.runtime.PGenerator;
import cellpy.runtime.PNone;
import cellpy.runtime.PyObjects;

/**
 * {@code yield from iterable}: re-yields everything the delegate yields, passing {@code send},
 * {@code throw} and {@code close} through to it, and evaluates to the delegate's return value.
 * Resume point number {@link #id} (see {@link GenState}) while suspended in the delegate, whose
 * iterator is kept in a slot; its result is kept too, for a statement executed again towards a later
 * yield.
 */
public final class YieldFromNode extends ExprNode {
    @Child private ExprNode iterable;
    private final int id;
    /** The yields inside {@link #iterable} are numbered {@code iterableAfter + 1 .. id - 1}. */
    private final int iterableAfter;
    private final int resumeSlot;
    private final int iteratorSlot;
    private final int valueSlot;
    private final int generatorSlot;
    private final int line;

    public YieldFromNode(ExprNode iterable, int id, int iterableAfter, int resumeSlot, int iteratorSlot, int valueSlot,
                    int generatorSlot, int line) {
        this.iterable = iterable;
        this.id = id;
        this.iterableAfter = iterableAfter;
        this.resumeSlot = resumeSlot;
        this.iteratorSlot = iteratorSlot;
        this.valueSlot = valueSlot;
        this.generatorSlot = generatorSlot;
        this.line = line;
    }

    @Child private GeneratorResumeNode resume;

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object r = evaluate(frame);
        if (r == YieldNode.SUSPEND) {
            throw YieldException.INSTANCE;
        }
        return r;
    }

    /** The delegate's return value once it finished, or {@link YieldNode#SUSPEND} after passing on one of its values. */
    public Object evaluate(VirtualFrame frame) {
        int rp = GenState.get(frame, resumeSlot);
        boolean resuming = rp != 0 && !GenState.in(rp, iterableAfter, id - 1);
        if (resuming && rp != id) {
            return frame.getObjectStatic(valueSlot); // finished before the yield resumed now
        }
        PGenerator gen = YieldNode.generator(frame, generatorSlot);
        Object it;
        Object[] result = new Object[1];
        Object v;
        if (!resuming) {
            it = PyObjects.iter(iterable.executeGeneric(frame));
            frame.setObjectStatic(iteratorSlot, it);
            v = next(it, PNone.NONE, null, result);
        } else {
            GenState.set(frame, resumeSlot, 0);
            it = frame.getObjectStatic(iteratorSlot);
            PException t = gen.thrown;
            if (t != null) {
                gen.thrown = null;
            }
            Object sent = gen.takeSent();
            try {
                v = next(it, sent, t, result);
            } catch (PException e) {
                frame.setObjectStatic(iteratorSlot, null);
                throw e;
            }
        }
        if (v == null) {
            frame.setObjectStatic(iteratorSlot, null);
            frame.setObjectStatic(valueSlot, result[0]);
            return result[0];
        }
        GenState.set(frame, resumeSlot, id);
        gen.line = line;
        gen.yielded = v;
        return YieldNode.SUSPEND;
    }

    /**
     * The delegate's next value or null. A generator delegate that is only iterated or sent to is
     * resumed through a cached direct call, so its body can be inlined into this one; {@code throw}
     * and other iterators take the general step.
     */
    private Object next(Object it, Object sent, PException thrown, Object[] result) {
        if (thrown == null && it instanceof PGenerator g) {
            if (resume == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                resume = insert(GeneratorResumeNode.createDelegating());
            }
            Object v = resume.execute(g, sent);
            if (v == null) {
                result[0] = GeneratorOps.takeReturnValue(g);
            }
            return v;
        }
        return step(it, sent, thrown, result);
    }

    /** One step of the delegate: its next value, or null when it finished (its return value in result[0]). */
    @TruffleBoundary
    private static Object step(Object it, Object sent, PException thrown, Object[] result) {
        result[0] = PNone.NONE;
        if (it instanceof PGenerator g) {
            if (thrown != null && thrown.getType().isSubtypeOf(BuiltinTypes.GENERATOR_EXIT)) {
                GeneratorOps.close(g);
                throw thrown;
            }
            Object v = GeneratorOps.resume(g, sent, thrown);
            if (v == null) {
                result[0] = GeneratorOps.takeReturnValue(g);
            }
            return v;
        }
        try {
            if (thrown != null) {
                Object method = PyObjects.lookupAttr(it, thrown.getType().isSubtypeOf(BuiltinTypes.GENERATOR_EXIT) ? "close" : "throw");
                if (method == null || thrown.getType().isSubtypeOf(BuiltinTypes.GENERATOR_EXIT)) {
                    if (method != null) {
                        Calls.call(method);
                    }
                    throw thrown;
                }
                return Calls.call(method, thrown.getValue().getType(), thrown.getValue(), PNone.NONE);
            }
            if (sent == PNone.NONE) {
                Object v = PyObjects.next(it);
                return v;
            }
            return Calls.call(PyObjects.getAttr(it, "send"), sent);
        } catch (PException e) {
            if (e.getType().isSubtypeOf(BuiltinTypes.STOP_ITERATION)) {
                PBaseException sv = e.getValue();
                result[0] = sv.getArgs().size() > 0 ? sv.getArgs().get(0) : PNone.NONE;
                return null;
            }
            throw e;
        }
    }
}
