package cellpy.nodes.intrinsic;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.Truffle;
import cellpy.CellpyLanguage;
import cellpy.nodes.generator.BoxYieldedNode;
import cellpy.nodes.generator.GeneratorOdds;
import cellpy.runtime.PGenerator;
import cellpy.runtime.PIterator;

/**
 * The loop of an intrinsic that drains a generator ({@code sum(gen)}, {@code list(gen)}), run as a
 * Truffle loop in a call target of its own, one per call site.
 *
 * <p>Why not a plain Java loop in the intrinsic: a Java loop is invisible to Truffle, so a long
 * {@code sum(x for x in range(n))} runs interpreted to its end (its counts only make the enclosing
 * function compile for its next call), and a program that calls it once, or a few times from its
 * main loop, never runs it compiled. As a {@link LoopNode} it is compiled by on-stack replacement
 * in the middle of the call, with the generator's body inlined, and the call target itself is
 * compiled after a few calls even while its caller still runs interpreted. Compiled callers inline
 * the call, so steady-state code is the same as with the Java loop. Cost: a call and a frame per
 * intrinsic call in the interpreter.
 *
 * <p>The frame has two slots: the generator, and the accumulated result the {@link Step} combines
 * each value into.
 */
final class GeneratorLoopNode extends Node {
    /** What the loop does with each value. */
    abstract static class Step extends Node {
        /** The new accumulated result. */
        abstract Object combine(Object acc, Object value);

        /** The loop's name in compilation traces. */
        abstract String name();
    }

    private final Step step;
    @Child private DirectCallNode call;

    GeneratorLoopNode(Step step) {
        this.step = step;
    }

    /**
     * Drains {@code gen} (a generator, or a map or filter iterator, see
     * {@link NextValueNode#drainable}) into {@code acc}; returns the final result.
     */
    Object execute(PIterator gen, Object acc) {
        if (call == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            call = insert(DirectCallNode.create(new LoopRoot(CellpyLanguage.get(this), step).getCallTarget()));
        }
        return call.call(gen, acc);
    }

    private static final int GEN = 0;
    private static final int ACC = 1;

    private static final class LoopRoot extends RootNode {
        @Child private LoopNode loop;
        private final String name;

        LoopRoot(CellpyLanguage language, Step step) {
            super(language, descriptor());
            this.name = step.name();
            this.loop = Truffle.getRuntime().createLoopNode(new Body(step));
        }

        private static FrameDescriptor descriptor() {
            FrameDescriptor.Builder b = FrameDescriptor.newBuilder();
            b.addSlot(FrameSlotKind.Object, "gen", null);
            b.addSlot(FrameSlotKind.Object, "acc", null);
            return b.build();
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object[] args = frame.getArguments();
            frame.setObject(GEN, args[0]);
            frame.setObject(ACC, args[1]);
            loop.execute(frame);
            return frame.getObject(ACC);
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final class Body extends Node implements RepeatingNode {
        @Child private NextValueNode next = NextValueNode.createRaw();
        @Child private BoxYieldedNode boxYielded = BoxYieldedNode.create();
        @Child private Step step;

        Body(Step step) {
            this.step = step;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            PIterator it = (PIterator) frame.getObject(GEN);
            Object v = next.execute(it);
            if (!GeneratorOdds.goesOn(v != null)) {
                return false;
            }
            // boxed after the "finished" test: an int's box goes straight into the step
            frame.setObject(ACC, step.combine(frame.getObject(ACC),
                            v == PGenerator.YIELDED_LONG ? boxYielded.execute((PGenerator) it, v) : v));
            return true;
        }
    }
}
