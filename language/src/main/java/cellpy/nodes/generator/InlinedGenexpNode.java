package cellpy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import cellpy.CellpyContext;
import cellpy.nodes.StmtNode;
import cellpy.runtime.Cell;
import cellpy.runtime.PException;

/**
 * A generator expression consumed where it is made ({@code for x in (e for ...)},
 * {@code sum(e for ...)}, see {@link InlinedGenexpForNode} and {@link InlinedGenexpCallNode}),
 * run without a generator: the expression's loops are loops of the enclosing function's frame,
 * its locals and cells slots of that frame (its hidden {@code .0} holding the leftmost iterator),
 * and its consumer runs at the innermost point, where the generator would yield. Nobody can see
 * the generator object there, so what CPython shows stays the same: the leftmost iterable is
 * taken where the expression is, the expression's cells are new each time, an exception raised by
 * the expression has its {@code <genexpr>} frame in the traceback and a StopIteration from it
 * becomes a RuntimeError, while one raised by the consumer (see {@link GenexpConsumerException})
 * passes as it was; the recursion depth counts the expression's frame while it runs.
 *
 * <p>A list, set or dict comprehension runs the same way, without a call (see
 * cellpy.nodes.expression.InlinedComprehensionNode): its innermost point adds to its result inside
 * its {@code <listcomp>} frame, as in CPython, and a StopIteration passes unchanged.
 *
 * <p>Why: a generator costs a heap frame, and every value a resume; a consuming loop that is
 * compiled gets the generator's body inlined only in its last tier, and a consumer that is a
 * built-in ({@code list}, {@code sum}) a call target and compilation of its own. Here the whole is
 * one loop nest of the function, compiled with it, on-stack replaced with it, and its closures
 * and cells can stay virtual. Cost: the expression is translated twice where the consumer is a
 * name that may not be the built-in (the generator is made as usual then).
 */
public final class InlinedGenexpNode extends Node {
    @Child private StmtNode loops;
    /**
     * The expression's hidden {@code .0}: what ForNextNode.source made of the leftmost iterable,
     * the outermost loop's iterable (one of {@link #ownSlots}).
     */
    private final int sourceSlot;
    @CompilationFinal(dimensions = 1) private final int[] cellSlots;
    /** The expression's locals ({@code .0} included) and cells, cleared when it ends (its frame would be gone). */
    @CompilationFinal(dimensions = 1) private final int[] ownSlots;
    private final String fileName;
    private final int line;
    private final String name;
    /** A generator expression (not a comprehension): a StopIteration leaving it becomes a RuntimeError. */
    private final boolean generator;

    public InlinedGenexpNode(StmtNode loops, int sourceSlot, int[] cellSlots, int[] ownSlots, String fileName, int line,
                    String name, boolean generator) {
        this.loops = loops;
        this.sourceSlot = sourceSlot;
        this.cellSlots = cellSlots;
        this.ownSlots = ownSlots;
        this.fileName = fileName;
        this.line = line;
        this.name = name;
        this.generator = generator;
    }

    /**
     * Runs the expression over {@code source} (the leftmost iterable as ForNextNode.source made
     * it), feeding its consumer. Returns true when the consumer stopped it early.
     */
    public boolean run(VirtualFrame frame, Object source) {
        CellpyContext ctx = CellpyContext.get(this);
        ctx.enterFrame();
        try {
            frame.setObject(sourceSlot, source);
            newCells(frame);
            loops.executeVoid(frame);
            return false;
        } catch (GenexpStopException s) {
            return true;
        } catch (GenexpConsumerException c) {
            if (c.owner != this) {
                throw c; // from the consumer of an expression this one feeds
            }
            throw c.exception;
        } catch (PException e) {
            if (generator) {
                throw GeneratorBodyRootNode.escaping(fileName, line, name, e);
            }
            addFrame(e);
            throw e;
        } finally {
            ctx.depth--;
            clear(frame);
        }
    }

    @TruffleBoundary
    private void addFrame(PException e) {
        e.getValue().addFrame(fileName, line, name);
    }

    @ExplodeLoop
    private void newCells(VirtualFrame frame) {
        for (int slot : cellSlots) {
            frame.setObject(slot, new Cell());
        }
    }

    @ExplodeLoop
    private void clear(VirtualFrame frame) {
        for (int slot : ownSlots) {
            frame.clear(slot);
        }
    }
}
