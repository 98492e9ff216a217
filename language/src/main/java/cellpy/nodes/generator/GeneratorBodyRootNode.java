package cellpy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import cellpy.CellpyContext;
import cellpy.CellpyLanguage;
import cellpy.nodes.StmtNode;
import cellpy.nodes.control.ReturnException;
import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.PBaseException;
import cellpy.runtime.PCode;
import cellpy.runtime.PException;
import cellpy.runtime.PGenerator;
import cellpy.runtime.PNone;
import cellpy.runtime.PyErrors;

/**
 * Runs a generator's body from where it stands, against the generator's own materialized frame
 * (this root's frame is unused). Returns TRUE with the value in {@link PGenerator#yielded}, or
 * FALSE once the body has finished (the return value is left in {@link PGenerator#returnValue}):
 * always the constants {@link Boolean#TRUE} and {@link Boolean#FALSE}, which callers compare by
 * identity. A StopIteration escaping the body becomes
 * {@code RuntimeError: generator raised StopIteration} (PEP 479).
 */
public final class GeneratorBodyRootNode extends RootNode {
    private final PCode code;
    @Child private StmtNode body;

    public GeneratorBodyRootNode(CellpyLanguage language, PCode code, StmtNode body) {
        super(language, FrameDescriptor.newBuilder().build());
        this.code = code;
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PGenerator gen = (PGenerator) frame.getArguments()[0];
        CellpyContext ctx = CellpyContext.get(this);
        ctx.enterFrame();
        try {
            if (GenStmtNode.run(body, gen.frame)) {
                return Boolean.TRUE;
            }
            gen.state = PGenerator.FINISHED;
            gen.returnValue = PNone.NONE;
            return Boolean.FALSE;
        } catch (YieldException y) {
            return Boolean.TRUE;
        } catch (ReturnException r) {
            gen.state = PGenerator.FINISHED;
            gen.returnValue = r.getValue();
            return Boolean.FALSE;
        } catch (PException e) {
            gen.state = PGenerator.FINISHED;
            throw escaping(gen, e);
        } finally {
            ctx.depth--;
        }
    }

    @TruffleBoundary
    private PException escaping(PGenerator gen, PException e) {
        return escaping(code.fileName, gen.line, code.name, e);
    }

    /**
     * An exception leaving a generator's frame (left at {@code line}): that frame added to its
     * traceback, and a StopIteration turned into
     * {@code RuntimeError: generator raised StopIteration} (PEP 479).
     */
    @TruffleBoundary
    public static PException escaping(String fileName, int line, String name, PException e) {
        e.getValue().addFrame(fileName, line, name);
        if (e.getType().isSubtypeOf(BuiltinTypes.STOP_ITERATION)) {
            PException r = PyErrors.runtimeError("generator raised StopIteration");
            PBaseException v = r.getValue();
            v.cause = e.getValue();
            v.context = e.getValue();
            v.suppressContext = true;
            return r; // its traceback starts in the caller, as in CPython
        }
        return e;
    }

    @Override
    public String getName() {
        return code.qualname;
    }

    @Override
    public String toString() {
        return code.qualname;
    }
}
