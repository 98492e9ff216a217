package cellpy.nodes.root;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import cellpy.CellpyContext;
import cellpy.CellpyLanguage;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.nodes.control.ReturnException;
import cellpy.nodes.local.StoreLocalNode;
import cellpy.runtime.Cell;
import cellpy.runtime.PCode;
import cellpy.runtime.PException;
import cellpy.runtime.PFunction;
import cellpy.runtime.PGenerator;
import com.oracle.truffle.api.frame.MaterializedFrame;
import cellpy.runtime.PNone;
import cellpy.runtime.PyErrors;

/**
 * The body of a def, lambda or comprehension. Entry follows DESIGN.md: parameters go from the
 * argument array into their slots (a parameter that is a cell variable starts in a fresh, filled
 * Cell), every other cell variable gets an empty Cell, and the function object's closure cells are
 * copied into the free-variable slots — all loops over counts fixed at translation, exploded.
 * After that a closed-over read is a slot read and one field read.
 */
public final class FunctionRootNode extends RootNode {
    private final PCode code;
    @Child private StmtNode body;
    @Children private final StoreLocalNode[] paramStores;
    /** For each parameter, its cell slot if it is a cell variable, else -1. */
    @CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] paramCellSlots;
    @CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] cellSlots;
    @CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] freeSlots;
    private final SourceSection section;
    /** The value of a {@code return} ending the body (or a lambda's expression); null when the body returns None. */
    @Child private ExprNode result;
    private int resultLine;
    /** For a generator function: the slot that holds the generator, and the body's resume target. */
    private final int generatorSlot;
    @CompilerDirectives.CompilationFinal private com.oracle.truffle.api.CallTarget resumeTarget;

    public FunctionRootNode(CellpyLanguage language, FrameDescriptor descriptor, PCode code, StmtNode body,
                    int[] paramLocalSlots, int[] paramCellSlots, int[] cellSlots, int[] freeSlots, SourceSection section,
                    int generatorSlot) {
        super(language, descriptor);
        this.code = code;
        this.body = body;
        this.paramStores = new StoreLocalNode[paramLocalSlots.length];
        for (int i = 0; i < paramLocalSlots.length; i++) {
            paramStores[i] = paramCellSlots[i] >= 0 ? null : StoreLocalNode.create(paramLocalSlots[i]);
        }
        this.paramCellSlots = paramCellSlots;
        this.cellSlots = cellSlots;
        this.freeSlots = freeSlots;
        this.section = section;
        this.generatorSlot = generatorSlot;
    }

    /** Small straight-line bodies (see TrivialBody): inlined into every compiled caller, first tier included. */
    private boolean trivial;

    public void setTrivial(boolean trivial) {
        this.trivial = trivial;
    }

    @Override
    public boolean isTrivial() {
        return trivial;
    }

    public void setResult(ExprNode result, int line) {
        this.result = result;
        this.resultLine = line;
    }

    /** Makes this the entry of a generator function: calling it returns a generator resumed by {@code target}. */
    public void setResumeTarget(com.oracle.truffle.api.CallTarget target) {
        this.resumeTarget = target;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        CellpyContext ctx = CellpyContext.get(this);
        if (++ctx.depth > ctx.getRecursionLimit()) {
            ctx.depth--;
            CompilerDirectives.transferToInterpreter();
            throw PyErrors.recursionError();
        }
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

    public PCode getCode() {
        return code;
    }

    @Override
    public String getName() {
        return code.qualname;
    }

    @Override
    public SourceSection getSourceSection() {
        return section;
    }

    @Override
    public String toString() {
        return code.qualname;
    }
}
