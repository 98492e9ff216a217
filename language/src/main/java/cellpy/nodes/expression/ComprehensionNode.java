package cellpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import cellpy.CellpyContext;
import cellpy.nodes.ExprNode;
import cellpy.nodes.control.ForNextNode;
import cellpy.nodes.cell.LoadClosureNode;
import cellpy.runtime.Cell;
import cellpy.runtime.PCode;
import cellpy.runtime.PFunction;

/**
 * A list/set/dict comprehension as CPython 3.11 runs it: the leftmost iterable is evaluated here,
 * in the enclosing scope, and its iterator passed as the hidden argument {@code .0} to the
 * comprehension's own function (its closure taken from this frame), called directly.
 */
public final class ComprehensionNode extends ExprNode {
    private final PCode code;
    @Children private final LoadClosureNode[] closure;
    @Child private ExprNode iterable;
    @Child private DirectCallNode call;

    public ComprehensionNode(PCode code, LoadClosureNode[] closure, ExprNode iterable) {
        this.code = code;
        this.closure = closure;
        this.iterable = iterable;
        this.call = DirectCallNode.create(code.getCallTarget());
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object it = iterable.executeGeneric(frame);
        Object source = ForNextNode.source(it);
        Cell[] cells = LoadClosureNode.loadAll(frame, closure);
        PFunction fn = new PFunction(code, CellpyContext.get(this).mainGlobals(), cells, null, null);
        return call.call(fn, source);
    }
}
