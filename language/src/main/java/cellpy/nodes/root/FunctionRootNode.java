package cellpy.nodes.root;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeUtil;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import cellpy.CellpyLanguage;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.runtime.PCode;

/**
 * The call target of a def, lambda or comprehension: its frame layout and its {@link FunctionBody},
 * which does the work.
 */
public final class FunctionRootNode extends RootNode {
    @Child private FunctionBody function;
    private final SourceSection section;
    /**
     * For a function call sites may inline (see {@link #markInlinable}): an untouched copy of the
     * body, taken before any call specialized it, that each such site copies again.
     */
    private FunctionBody pristine;

    public FunctionRootNode(CellpyLanguage language, FrameDescriptor descriptor, PCode code, StmtNode body,
                    int[] paramLocalSlots, int[] paramCellSlots, int[] cellSlots, int[] freeSlots, SourceSection section,
                    int generatorSlot) {
        super(language, descriptor);
        this.function = new FunctionBody(code, body, paramLocalSlots, paramCellSlots, cellSlots, freeSlots, generatorSlot);
        this.section = section;
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

    /**
     * Lets call sites run their own copy of this function's body instead of calling it (see
     * cellpy.nodes.call.InlinedCallNode). Called once the body is complete, before it ever runs.
     */
    public void markInlinable() {
        pristine = NodeUtil.cloneNode(function);
    }

    /** Whether call sites may inline this function. */
    public boolean isInlinable() {
        return pristine != null;
    }

    /** A fresh, unspecialized copy of the body for a call site that inlines this function. */
    public FunctionBody copyBody() {
        return NodeUtil.cloneNode(pristine);
    }

    /** Makes this the entry of a generator function: calling it returns a generator resumed by {@code target}. */
    public void setResumeTarget(CallTarget target) {
        function.setResumeTarget(target);
    }

    public void setResult(ExprNode result, int line) {
        function.setResult(result, line);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return function.execute(frame);
    }

    public PCode getCode() {
        return function.getCode();
    }

    @Override
    public String getName() {
        return function.getCode().qualname;
    }

    @Override
    public SourceSection getSourceSection() {
        return section;
    }

    @Override
    public String toString() {
        return function.getCode().qualname;
    }
}
