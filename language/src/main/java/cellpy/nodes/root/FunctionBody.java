package cellpy.nodes.root;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import cellpy.CellpyContext;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.nodes.control.ReturnException;
import cellpy.nodes.local.StoreLocalNode;
import cellpy.runtime.Cell;
import cellpy.runtime.PCode;
import cellpy.runtime.PException;
import cellpy.runtime.PFunction;
import cellpy.runtime.PGenerator;
import cellpy.runtime.PNone;
import cellpy.runtime.PyErrors;

/**
 * What running a def, lambda or comprehension does once its frame exists. Entry follows DESIGN.md:
 * parameters go from the argument array into their slots (a parameter that is a cell variable
 * starts in a fresh, filled Cell), every other cell variable gets an empty Cell, and the function
 * object's closure cells are copied into the free-variable slots — all loops over counts fixed at
 * translation, exploded. After that a closed-over read is a slot read and one field read. Then
 * the body runs (or, for a generator function, the generator is made) with the recursion depth
 * counted and the function's line added to a traceback passing through.
 *
 * <p>A {@link FunctionRootNode} runs one; a call site that inlines a trivial function runs a copy
 * of its own (see cellpy.nodes.call.InlinedCallNode), so both do exactly the same.
 */
public final class FunctionBody extends Node {
    private final PCode code;
    @Child private StmtNode body;
    @Children private final StoreLocalNode[] paramStores;
    /** For each parameter, its cell slot if it is a cell variable, else -1. */
    @CompilationFinal(dimensions = 1) private final int[] paramCellSlots;
    @CompilationFinal(dimensions = 1) private final int[] cellSlots;
    @CompilationFinal(dimensions = 1) private final int[] freeSlots;
    /** The value of a {@code return} ending the body (or a lambda's expression); null when the body returns None. */
    @Child private ExprNode result;
    private int resultLine;
    /** For a generator function: the slot that holds the generator, and the body's resume target. */
    private final int generatorSlot;
    @CompilationFinal private CallTarget resumeTarget;

    FunctionBody(PCode code, StmtNode body, int[] paramLocalSlots, int[] paramCellSlots, int[] cellSlots, int[] freeSlots,
                    int generatorSlot) {
        this.code = code;
        this.body = body;
        this.paramStores = new StoreLocalNode[paramLocalSlots.length];
        for (int i = 0; i < paramLocalSlots.length; i++) {
            paramStores[i] = paramCellSlots[i] >= 0 ? null : StoreLocalNode.create(paramLocalSlots[i]);
        }
        this.paramCellSlots = paramCellSlots;
        this.cellSlots = cellSlots;
        this.freeSlots = freeSlots;
        this.generatorSlot = generatorSlot;
    }

    void setResult(ExprNode result, int line) {
        this.result = result;
        this.resultLine = line;
    }

    void setResumeTarget(CallTarget target) {
        this.resumeTarget = target;
    }

    public PCode getCode() {
        return code;
    }

    public Object execute(VirtualFrame frame) {
        CellpyContext ctx = CellpyContext.get(this);
        ctx.enterFrame();
        try {
            enter(frame);
            if (generatorSlot >= 0) {
                MaterializedFrame m = frame.materialize();
                PGenerator gen = new PGenerator((PFunction) frame.getArguments()[0], m, resumeTarget);
                m.setObjectStatic(generatorSlot, gen);
                return gen;
            }
            body.executeVoid(frame);
            return result == null ? PNone.NONE : evaluateResult(frame);
        } catch (ReturnException r) {
            return r.getValue();
        } catch (PException e) {
            addFrame(e);
            throw e;
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            PException re = PyErrors.recursionError();
            addFrame(re);
            throw re;
        } finally {
            ctx.depth--;
        }
    }

    @ExplodeLoop
    private void enter(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        for (int i = 0; i < paramCellSlots.length; i++) {
            if (paramCellSlots[i] >= 0) {
                frame.setObject(paramCellSlots[i], new Cell(args[i + 1]));
            } else {
                paramStores[i].execute(frame, args[i + 1]);
            }
        }
        for (int i = 0; i < cellSlots.length; i++) {
            frame.setObject(cellSlots[i], new Cell());
        }
        if (freeSlots.length > 0) {
            Cell[] closure = ((PFunction) args[0]).closure;
            for (int i = 0; i < freeSlots.length; i++) {
                frame.setObject(freeSlots[i], closure[i]);
            }
        }
    }

    private Object evaluateResult(VirtualFrame frame) {
        try {
            return result.executeGeneric(frame);
        } catch (PException e) {
            if (e.getValue().pendingLine < 0) {
                e.getValue().pendingLine = resultLine;
            }
            throw e;
        }
    }

    @TruffleBoundary
    private void addFrame(PException e) {
        e.getValue().addFrame(code.fileName, code.firstLine, code.name);
    }
}
