package cellpy.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.nodes.control.ForNextNode;

/**
 * {@code for target in (e for ...): body else: orelse} with the generator expression inlined
 * ({@link InlinedGenexpNode}); the target and body are run by a {@link GenexpForBodyNode} inside
 * the expression's loops. The leftmost iterable is evaluated and its iterator taken here, as the
 * generator expression would be made.
 */
public final class InlinedGenexpForNode extends StmtNode {
    @Child private ExprNode leftmostIterable;
    @Child private InlinedGenexpNode genexp;
    @Child private StmtNode orelse;

    public InlinedGenexpForNode(ExprNode leftmostIterable, InlinedGenexpNode genexp, StmtNode orelse) {
        this.leftmostIterable = leftmostIterable;
        this.genexp = genexp;
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object source = ForNextNode.source(leftmostIterable.executeGeneric(frame));
        boolean broke = genexp.run(frame, source);
        if (!broke && orelse != null) {
            orelse.executeVoid(frame);
        }
    }
}
