package cellpy.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import cellpy.nodes.ExprNode;
import cellpy.nodes.expression.BinaryNode;

/**
 * The operation of {@code x op= y}: in place for mutable containers and objects ({@code list +=}
 * extends), otherwise the binary operator with its fast paths.
 */
public final class InplaceOpNode extends ExprNode {
    @Child private ExprNode left;
    @Child private ExprNode right;
    @Child private BinaryNode op;
    private final String opName;

    public InplaceOpNode(ExprNode left, ExprNode right, BinaryNode op, String opName) {
        this.left = left;
        this.right = right;
        this.op = op;
        this.opName = opName;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object l = left.executeGeneric(frame);
        Object r = right.executeGeneric(frame);
        return Inplace.apply(frame, op, opName, l, r);
    }

    /** Every operand and result so far was an int: {@link #executeLong} works on unboxed values. */
    @CompilationFinal private boolean onlyLongs = true;

    /**
     * {@code total += i} on ints without a box (the interpreter would make three: both operands
     * and the result). An operand or result of another kind ends the speculation; the value
     * computed then comes back in the exception, as the result of the statement.
     */
    @Override
    public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
        if (!onlyLongs) {
            return super.executeLong(frame);
        }
        long l;
        try {
            l = left.executeLong(frame);
        } catch (UnexpectedResultException e) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            onlyLongs = false;
            throw new UnexpectedResultException(Inplace.apply(frame, op, opName, e.getResult(), right.executeGeneric(frame)));
        }
        long r;
        try {
            r = right.executeLong(frame);
        } catch (UnexpectedResultException e) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            onlyLongs = false;
            throw new UnexpectedResultException(Inplace.apply(frame, op, opName, l, e.getResult()));
        }
        try {
            return op.executeLong(frame, l, r);
        } catch (UnexpectedResultException e) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            onlyLongs = false;
            throw e;
        }
    }
}
