package cellpy.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.nodes.expression.IsTrueNode;
import cellpy.nodes.expression.IsTrueNodeGen;

/** An {@code if} in a generator with a yield inside: remembers the branch taken (1 then, 2 else). */
public final class GenIfNode extends GenStmtNode {
    @Child private IsTrueNode test;
    @Child private StmtNode then;
    @Child private StmtNode orelse;
    private final int branchSlot;
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] testYields;

    public GenIfNode(ExprNode test, StmtNode then, StmtNode orelse, int branchSlot, int[] testYields) {
        this.test = IsTrueNodeGen.create(test);
        this.then = then;
        this.orelse = orelse;
        this.branchSlot = branchSlot;
        this.testYields = testYields;
    }

    @Override
    public boolean executeGen(VirtualFrame frame) {
        int branch = GenState.get(frame, branchSlot);
        try {
            if (branch == 0) {
                branch = test.executeCondition(frame) ? 1 : 2;
                ResumableStmtNode.reset(frame, testYields);
                GenState.set(frame, branchSlot, branch);
            }
            if (branch == 1) {
                if (GenStmtNode.run(then, frame)) {
                    return true;
                }
            } else if (orelse != null) {
                if (GenStmtNode.run(orelse, frame)) {
                    return true;
                }
            }
        } catch (YieldException y) {
            return true;
        } catch (Throwable t) {
            GenState.set(frame, branchSlot, 0);
            ResumableStmtNode.reset(frame, testYields);
            throw t;
        }
        GenState.set(frame, branchSlot, 0);
        return false;
    }
}
