package cellpy.nodes.classes;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import cellpy.CellpyContext;
import cellpy.CellpyLanguage;
import cellpy.nodes.StmtNode;
import cellpy.runtime.Cell;
import cellpy.runtime.PDict;
import cellpy.runtime.PException;
import cellpy.runtime.PNone;

/**
 * The body of a {@code class} statement, run once per execution of the statement as CPython runs
 * the class body's code object. Its arguments are the closure (the cells of the body's free
 * variables, taken from the defining frame like a nested function's) and the namespace dict the
 * body's name nodes work on. On entry the closure cells go into their slots and, when a method
 * uses {@code super()} or {@code __class__}, a fresh {@code __class__} cell is made; the body
 * returns that cell (CPython's {@code __classcell__}) so the new class can be stored into it.
 */
public final class ClassBodyRootNode extends RootNode {
    /** Argument index of the closure ({@code Cell[]}, possibly null). */
    public static final int CLOSURE_ARG = 0;
    /** Argument index of the namespace {@link PDict}. */
    public static final int NAMESPACE_ARG = 1;

    @Child private StmtNode body;
    @CompilationFinal(dimensions = 1) private final int[] freeSlots;
    private final int classCellSlot;
    private final String fileName;
    private final int firstLine;
    private final String name;
    private final SourceSection section;

    public ClassBodyRootNode(CellpyLanguage language, FrameDescriptor descriptor, StmtNode body, int[] freeSlots,
                    int classCellSlot, String fileName, int firstLine, String name, SourceSection section) {
        super(language, descriptor);
        this.body = body;
        this.freeSlots = freeSlots;
        this.classCellSlot = classCellSlot;
        this.fileName = fileName;
        this.firstLine = firstLine;
        this.name = name;
        this.section = section;
    }

    /** The namespace of the class body running in {@code frame}. */
    static PDict namespace(VirtualFrame frame) {
        return (PDict) frame.getArguments()[NAMESPACE_ARG];
    }

    @Override
    public Object execute(VirtualFrame frame) {
        CellpyContext ctx = CellpyContext.get(this);
        ctx.enterFrame();
        try {
            Cell classCell = enter(frame);
            body.executeVoid(frame);
            return classCell == null ? PNone.NONE : classCell;
        } catch (PException e) {
            addFrame(e);
            throw e;
        } finally {
            ctx.depth--;
        }
    }

    @ExplodeLoop
    private Cell enter(VirtualFrame frame) {
        Cell[] closure = (Cell[]) frame.getArguments()[CLOSURE_ARG];
        for (int i = 0; i < freeSlots.length; i++) {
            frame.setObject(freeSlots[i], closure[i]);
        }
        if (classCellSlot < 0) {
            return null;
        }
        Cell cell = new Cell();
        frame.setObject(classCellSlot, cell);
        return cell;
    }

    @TruffleBoundary
    private void addFrame(PException e) {
        e.getValue().addFrame(fileName, firstLine, name);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public SourceSection getSourceSection() {
        return section;
    }

    @Override
    public String toString() {
        return "class " + name;
    }
}
