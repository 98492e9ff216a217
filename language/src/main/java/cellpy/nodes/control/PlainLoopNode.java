package cellpy.nodes.control;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.BytecodeOSRNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.LoopConditionProfile;
import cellpy.nodes.StmtNode;
import java.util.Arrays;

/**
 * A plain {@code while} or {@code for} (a generator's loops with a yield inside are
 * {@link LoopBody}s in Truffle loop nodes). The loop is a Java loop, on-stack replaced as a
 * {@link BytecodeOSRNode}: the runtime compiles the loop on its own and enters it with the
 * function's slots copied into a frame of the compiled code, speculating on their types at entry,
 * and copies them back when it leaves.
 *
 * <p>Why not a Truffle {@link LoopNode}: its on-stack-replacement code gets the interpreter's
 * frame, a heap object, so every local read and write of the loop is a memory access and every
 * int stored into an object slot a box. A benchmark's {@code run()}, called a few times with long
 * loops, runs most of its repetitions in such code (nested_closure_deref: 0.004 s per repetition in
 * it, 0.0012 fully compiled). In a compiled function the loop is an ordinary loop of the graph.
 *
 * <p>Each loop also clears its iteration locals at the end of every iteration (see
 * cellpy.translate.IterationLocals): their values are dead there, and a closure kept across the back
 * edge of a compiled loop would be allocated.
 */
public abstract class PlainLoopNode extends StmtNode implements BytecodeOSRNode {
    @CompilationFinal(dimensions = 1) private final int[] iterationSlots;
    @CompilationFinal private Object osrMetadata;
    /**
     * Set once the loop was hot enough to be compiled on its own (on-stack replacement requested).
     * From then on its interpreted iterations no longer count toward compiling the function around
     * it: that function's first-tier code would run the loop there, not in its on-stack-replaced
     * last-tier code, 3-5 times slower, until the function's own last-tier code arrived. A function
     * like a benchmark's {@code run(n)}, called a few times with long loops, was compiled twice
     * for little (generator_fn: 0.24 s first tier, 0.44 s last tier, on the one compiler thread of
     * a 2-core machine) and ran its loops in first-tier code meanwhile. Its calls still count, and
     * its loops count again once it is compiled, so a function called often reaches both tiers as
     * before. The cost: a function whose time goes to callees outside its on-stack-replaced loops
     * (genexp_pipeline's {@code run}, whose {@code sum(...)} calls sit in a short loop) gets
     * those callees compiled one by one instead of inlined into its own compilation.
     */
    private boolean onItsOwn;
    /**
     * Whether the last attempt to enter the loop's compiled code succeeded. The runtime answers a
     * poll true only when the back-edge count crosses a multiple of 1024, so a loop whose code was
     * already compiled ran up to 1023 iterations in the interpreter on every entry before jumping
     * in: about 0.6 ms per call of closure_factory's {@code run} (85000 iterations, 0.55 ms in
     * compiled code). Once entering works, and for a loop with long entries (see
     * {@link #longestEntry}), each poll counts 1024, and the loop jumps into its compiled code at
     * its first back edge.
     */
    private boolean osrEntered;
    /**
     * The most iterations one entry of the loop ran in the interpreter, counting those of short
     * loops inside it (see {@link #innerIterations}). Only a loop with long
     * entries jumps into its compiled code at the first back edge: entering and leaving compiled
     * code costs a frame copy each way and a deoptimization on the way out, which an inner loop of
     * 24 iterations entered 45000 times per call paid 90000 times (adder_bank: one repetition
     * 0.25 -> 1.1 s until its function was compiled).
     */
    private int longestEntry;
    /**
     * How often the loop goes on, for compiled code: without it Graal guesses the loop exits
     * soon, lays the body out as cold and leaves its boxes allocated (a Truffle loop node keeps
     * such a profile itself). It is taken where the loop decides, at its test or its source's
     * end ({@link #goesOn}): taken on the status {@link #iterate} returns, it was lost when Graal
     * folded that test into the returns, and the test itself, unprofiled, counted as even odds
     * (a loop over a range compiled as if it ran about once per entry).
     */
    private final LoopConditionProfile loopProfile = LoopConditionProfile.create();

    /** The loop's own test (a {@code while} condition, a {@code for} source not exhausted), profiled. */
    protected final boolean goesOn(boolean more) {
        return loopProfile.profile(more);
    }

    /**
     * Below this many iterations per entry a loop is not run in compiled code of its own. Leaving
     * that code deoptimizes (the runtime restores the interpreter's frame that way), which costs
     * more than the interpreter spends on a few hundred iterations, and a short loop entered from
     * the interpreter gets into its code only at every 1024th back edge anyway: adder_bank's inner
     * loops (24 and 16 iterations, entered 45000 times per call) did so 1700 times per
     * repetition, each time for a few dozen iterations and a deoptimization. A short loop's
     * iterations count instead toward the loop around it ({@link #innerIterations}) and toward
     * the function, as before.
     */
    private static final int SHORT_ENTRY = 256;

    /**
     * Iterations of short loops inside this one (see {@link #SHORT_ENTRY}) not yet counted toward
     * this loop's on-stack replacement: they count as this loop's own back edges, and toward
     * whether its own entries are short, so a loop whose work is in short inner loops is compiled
     * as soon as if the work were its own (adder_bank's loop, 45000 iterations per call over 40
     * inner iterations each, reached the threshold in the third call instead of the first), and
     * a nest of short loops is compiled at its outermost loop that is not short.
     */
    private int innerIterations;
    private PlainLoopNode enclosingLoop;
    private boolean enclosingKnown;

    private int takeInnerIterations() {
        int n = innerIterations;
        if (n != 0) {
            innerIterations = 0;
        }
        return n;
    }

    private void creditEnclosingLoop(int iterations) {
        if (!enclosingKnown) {
            enclosingKnown = true;
            for (Node n = getParent(); n != null && !(n instanceof RootNode); n = n.getParent()) {
                if (n instanceof PlainLoopNode loop) {
                    enclosingLoop = loop;
                    break;
                }
            }
        }
        if (enclosingLoop != null) {
            enclosingLoop.innerIterations = (int) Math.min((long) enclosingLoop.innerIterations + iterations, 1 << 20);
        }
    }

    /** How far apart the runtime's back-edge polls answer true (BytecodeOSRMetadata's interval). */
    private static final int OSR_POLL_INTERVAL = 1024;

    protected PlainLoopNode(int[] iterationSlots) {
        this.iterationSlots = iterationSlots;
    }

    /**
     * One iteration: {@link RepeatingNode#CONTINUE_LOOP_STATUS} to go on, {@link LoopBody#FINISHED}
     * when the loop ran out, {@link LoopBody#BROKE} after a {@code break}.
     */
    protected abstract Object iterate(VirtualFrame frame);

    /** Runs the loop to its end: {@link LoopBody#FINISHED} or {@link LoopBody#BROKE}. */
    protected final Object runLoop(VirtualFrame frame) {
        long iterations = 0;
        // interpreter only: this entry's iterations plus those of short loops inside it
        long work = 0;
        try {
            while (true) {
                Object status = iterate(frame);
                if (status != RepeatingNode.CONTINUE_LOOP_STATUS) {
                    return status;
                }
                clearIterationLocals(frame);
                iterations++;
                if (CompilerDirectives.inInterpreter()) {
                    int inner = takeInnerIterations();
                    work += 1 + inner;
                    if (BytecodeOSRNode.pollOSRBackEdge(this, (osrEntered && longestEntry >= OSR_POLL_INTERVAL ? OSR_POLL_INTERVAL : 1) + inner)
                                    && (work >= SHORT_ENTRY || longestEntry >= SHORT_ENTRY)) {
                        if (!onItsOwn) {
                            onItsOwn = true;
                        }
                        Object result = BytecodeOSRNode.tryOSR(this, 0, null, null, frame);
                        if (result != null) {
                            osrEntered = true;
                            return result;
                        }
                        osrEntered = false;
                    }
                }
                TruffleSafepoint.poll(this);
            }
        } finally {
            if (CompilerDirectives.inInterpreter()) {
                if (work > longestEntry) {
                    longestEntry = (int) Math.min(work, Integer.MAX_VALUE);
                }
                if (longestEntry < SHORT_ENTRY && work > 0) {
                    creditEnclosingLoop((int) work);
                }
            }
            // the counts make the function compile (and reach its last tier) as a loop node's would;
            // reportLoopCount itself does nothing in last-tier code. See onItsOwn for the exception.
            if (iterations > 0 && !(CompilerDirectives.inInterpreter() && onItsOwn)) {
                LoopNode.reportLoopCount(this, iterations > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) iterations);
            }
        }
    }

    /**
     * Runs one pass of the loop's body: {@link RepeatingNode#CONTINUE_LOOP_STATUS} after it (or
     * after a {@code continue}), {@link LoopBody#BROKE} after a {@code break}.
     */
    protected static Object runBody(StmtNode body, VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (ContinueException e) {
            // next iteration
        } catch (BreakException e) {
            return LoopBody.BROKE;
        }
        return RepeatingNode.CONTINUE_LOOP_STATUS;
    }

    @ExplodeLoop
    private void clearIterationLocals(VirtualFrame frame) {
        for (int slot : iterationSlots) {
            frame.clear(slot);
        }
    }

    @Override
    public Object executeOSR(VirtualFrame osrFrame, int target, Object interpreterState) {
        return runLoop(osrFrame);
    }

    /**
     * The arguments of the OSR code's frame: the function's own (nodes read them: a class body
     * its namespace, a global read its function's globals) with the parent frame appended, where
     * the default would keep only the parent frame.
     */
    @Override
    public Object[] storeParentFrameInArguments(VirtualFrame parentFrame) {
        Object[] args = parentFrame.getArguments();
        Object[] withParent = Arrays.copyOf(args, args.length + 1);
        withParent[args.length] = parentFrame;
        return withParent;
    }

    @Override
    public Frame restoreParentFrameFromArguments(Object[] arguments) {
        return (Frame) arguments[arguments.length - 1];
    }

    @Override
    public Object getOSRMetadata() {
        return osrMetadata;
    }

    @Override
    public void setOSRMetadata(Object osrMetadata) {
        this.osrMetadata = osrMetadata;
    }
}
