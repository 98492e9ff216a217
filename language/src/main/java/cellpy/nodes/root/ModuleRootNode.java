package cellpy.nodes.root;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import cellpy.CellpyContext;
import cellpy.CellpyLanguage;
import cellpy.SyntaxErrors;
import cellpy.nodes.StmtNode;
import cellpy.parser.SyntaxErrorException;
import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.PBaseException;
import cellpy.runtime.PException;
import cellpy.runtime.PNone;
import cellpy.runtime.PTuple;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyObjects;
import cellpy.runtime.TracebackPrinter;

/**
 * Runs a module's code in {@code __main__}. Returns the value of the last top-level expression
 * statement (for {@code Context.eval}). Run by the launcher ({@code --cellpy.Main}), an uncaught
 * exception is printed as CPython's traceback and the process exits with status 1; SystemExit
 * exits with its code in both modes.
 */
public final class ModuleRootNode extends RootNode {
    private final String fileName;
    @Child private StmtNode body;
    private final int lastValueSlot;

    public ModuleRootNode(CellpyLanguage language, FrameDescriptor descriptor, String fileName, StmtNode body,
                    int lastValueSlot) {
        super(language, descriptor);
        this.fileName = fileName;
        this.body = body;
        this.lastValueSlot = lastValueSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        CellpyContext ctx = CellpyContext.get(this);
        try {
            frame.setObject(lastValueSlot, PNone.NONE);
            body.executeVoid(frame);
            ctx.streams().flush();
            return cellpy.interop.GuestValues.toInterop(frame.getObject(lastValueSlot));
        } catch (PException e) {
            return uncaught(ctx, e);
        } catch (StackOverflowError e) {
            return uncaught(ctx, PyErrors.recursionError());
        }
    }

    @TruffleBoundary
    private Object uncaught(CellpyContext ctx, PException e) {
        PBaseException v = e.getValue();
        v.addFrame(fileName, 0, "<module>");
        ctx.streams().flush();
        if (v.getType().isSubtypeOf(BuiltinTypes.SYSTEM_EXIT)) {
            PTuple args = v.getArgs();
            Object code = args.size() == 0 ? PNone.NONE : args.size() == 1 ? args.get(0) : args;
            int status;
            if (code == PNone.NONE) {
                status = 0;
            } else if (code instanceof Long l) {
                status = (int) (long) l;
            } else if (code instanceof Boolean b) {
                status = b ? 1 : 0;
            } else {
                ctx.streams().writeErr(PyObjects.str(code) + "\n");
                status = 1;
            }
            ctx.streams().flush();
            ctx.env().getContext().closeExited(this, status);
        }
        if (!ctx.isMain()) {
            throw e;
        }
        ctx.streams().writeErr(TracebackPrinter.format(v, CellpyLanguage.get(this).sourceLines()));
        ctx.streams().flush();
        ctx.env().getContext().closeExited(this, 1);
        return PNone.NONE;
    }

    @Override
    public String getName() {
        return "<module>";
    }

    /** What a file with a SyntaxError runs as under the launcher: print it like CPython and exit 1. */
    public static final class SyntaxErrorRoot extends RootNode {
        private final SyntaxErrorException error;

        public SyntaxErrorRoot(CellpyLanguage language, SyntaxErrorException error) {
            super(language);
            this.error = error;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            report();
            return PNone.NONE;
        }

        @TruffleBoundary
        private void report() {
            CellpyContext ctx = CellpyContext.get(this);
            ctx.streams().writeErr(SyntaxErrors.format(error));
            ctx.streams().flush();
            ctx.env().getContext().closeExited(this, 1);
        }
    }
}
