package cellpy.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.nodes.expression.IsTrueNode;
import cellpy.nodes.expression.IsTrueNodeGen;

/**
 * An {@code if} in a generator with a yield inside. Resuming into a branch takes it without testing
 * again: the resume point says which (see {@link GenState}); resuming into the test evaluates it
 * again, its yield giving the sent value.
 */
public final class GenIfNode extends GenStmtNode {
    @Child private IsTrueNode test;
    @Child private StmtNode then;
    @Child private StmtNode orelse;
    private final int resumeSlot;
    /** The test holds the yields numbered {@code start + 1 .. testEnd}, the then branch those to {@code thenEnd}. */
    private final int start;
    private final int testEnd;
    private final int thenEnd;
    /** How often the test held, as {@code IfNode} keeps it: Graal has no profile of its own here. */
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public GenIfNode(ExprNode test, StmtNode then, StmtNode orelse, int resumeSlot, int start, int testEnd, int thenEnd) {
        this.test = IsTrueNodeGen.create(test);
        this.then = then;
        this.orelse = orelse;
        boolean elseHolds = GenState.holdsYields(orelse);
        this.testLast = !elseHolds && thenEnd == testEnd;
        this.thenLast = !elseHolds && thenEnd > testEnd;
        this.resumeSlot = resumeSlot;
        this.start = start;
        this.testEnd = testEnd;
        this.thenEnd = thenEnd;
    }

    /** Which part a resume lands in untested when it is in no earlier part (see {@link GenState#holdsYields}). */
    private final boolean testLast;
    private final boolean thenLast;

    @Override
    public boolean executeGen(VirtualFrame frame) {
        int rp = GenState.get(frame, resumeSlot);
        try {
            if (rp == 0 || testLast || GenState.in(rp, start, testEnd)) {
                // the profiled test decides the if itself (Graal needs an injected probability there)
                if (profile.profile(test.executeCondition(frame))) {
                    return GenStmtNode.run(then, frame);
                }
                return GenStmtNode.run(orelse, frame);
            }
            if (thenLast || GenState.in(rp, testEnd, thenEnd)) {
                return GenStmtNode.run(then, frame);
            }
            return GenStmtNode.run(orelse, frame);
        } catch (YieldException y) {
            return true;
        }
    }
}
