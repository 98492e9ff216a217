package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.NodeChild;
import cellpy.nodes.ExprNode;

/** A unary operator over one child. */
@NodeChild("operand")
public abstract class UnaryNode extends ExprNode {
}
