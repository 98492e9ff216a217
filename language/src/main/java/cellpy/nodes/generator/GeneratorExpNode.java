package cellpy.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import cellpy.CellpyContext;
import cellpy.nodes.ExprNode;
import cellpy.nodes.cell.LoadClosureNode;
import cellpy.runtime.Cell;
import cellpy.runtime.PCode;
import cellpy.runtime.PFunction;
import cellpy.runtime.PyObjects;

/**
 * A generator expression: the leftmost iterable is evaluated and {@code iter()} called on it right
 * here; the iterator becomes the hidden argument {@code .0} of the expression's generator function,
 * whose call makes the generator (nothing else runs until the first {@code next}).
 */
public final class GeneratorExpNode extends ExprNode {
    private final PCode code;
    @Children private final LoadClosureNode[] closure;
    @Child private ExprNode iterable;
    @Child private DirectCallNode call;

    public GeneratorExpNode(PCode code, LoadClosureNode[] closure, ExprNode iterable) {
        this.code = code;
        this.closure = closure;
        this.iterable = iterable;
        this.call = DirectCallNode.create(code.getCallTarget());
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return make(frame, PyObjects.iter(iterable.executeGeneric(frame)));
    }

    /** The generator over {@code it}, the iterator of the leftmost iterable, taken already. */
    @ExplodeLoop
    public Object make(VirtualFrame frame, Object it) {
        Cell[] cells = LoadClosureNode.loadAll(frame, closure);
        PFunction fn = new PFunction(code, CellpyContext.get(this).mainGlobals(), cells, null, null);
        return call.call(fn, it);
    }
}
