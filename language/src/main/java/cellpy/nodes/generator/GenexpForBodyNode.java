package cellpy.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.CellpyContext;
import cellpy.nodes.AssignTargetNode;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.nodes.control.BreakException;
import cellpy.runtime.PException;

/**
 * The innermost point of an inlined generator expression consumed by a {@code for}: the
 * expression's value goes to the loop's target and the loop's body runs, outside the expression's
 * frame (one level less of recursion depth). A {@code break} stops the whole expression; a
 * {@code continue} goes on with its innermost loop, which is the next value.
 */
public final class GenexpForBodyNode extends StmtNode {
    @Child private ExprNode element;
    @Child private AssignTargetNode target;
    @Child private StmtNode body;

    public GenexpForBodyNode(ExprNode element, AssignTargetNode target, StmtNode body) {
        this.element = element;
        this.target = target;
        this.body = body;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object value = element.executeGeneric(frame);
        CellpyContext ctx = CellpyContext.get(this);
        ctx.depth--;
        try {
            target.assign(frame, value);
            body.executeVoid(frame);
        } catch (PException e) {
            throw GenexpConsumerException.raisedBy(this, e);
        } catch (BreakException b) {
            throw GenexpStopException.INSTANCE;
        } finally {
            ctx.depth++;
        }
    }
}
