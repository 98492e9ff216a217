package cellpy.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.AssignTargetNode;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.nodes.statement.WithNode;
import cellpy.runtime.Calls;
import cellpy.runtime.PBaseException;
import cellpy.runtime.PException;
import cellpy.runtime.PNone;
import cellpy.runtime.PyObjects;

/**
 * A {@code with} in a generator with a yield inside: the manager is entered once; while the body
 * is suspended, its bound {@code __exit__} waits in a slot, and resuming into the body (the resume
 * point says so, see {@link GenState}) continues it instead of entering again. Leaving the body in any way but a yield calls {@code __exit__}
 * (a GeneratorExit from {@code close()} included).
 */
public final class GenWithNode extends GenStmtNode {
    @Child private ExprNode manager;
    @Child private AssignTargetNode target;
    @Child private StmtNode body;
    private final int resumeSlot;
    private final int exitSlot;
    /** The body holds the yields numbered after {@code managerEnd}. */
    private final int managerEnd;

    public GenWithNode(ExprNode manager, AssignTargetNode target, StmtNode body, int resumeSlot, int exitSlot, int managerEnd) {
        this.manager = manager;
        this.target = target;
        this.body = body;
        this.resumeSlot = resumeSlot;
        this.exitSlot = exitSlot;
        this.managerEnd = managerEnd;
    }

    @Override
    public boolean executeGen(VirtualFrame frame) {
        int rp = GenState.get(frame, resumeSlot);
        if (rp == 0 || rp <= managerEnd) {
            Object mgr;
            try {
                mgr = manager.executeGeneric(frame);
            } catch (YieldException y) {
                return true;
            }
            Object enter = WithNode.lookup(mgr, "__enter__", "");
            Object exit = WithNode.lookup(mgr, "__exit__", " (missed __exit__ method)");
            Object entered = Calls.call(enter);
            frame.setObjectStatic(exitSlot, exit);
            if (target != null) {
                target.assign(frame, entered);
            }
        }
        Object exit = frame.getObjectStatic(exitSlot);
        try {
            if (GenStmtNode.run(body, frame)) {
                return true;
            }
        } catch (YieldException y) {
            return true;
        } catch (PException e) {
            reset(frame);
            PBaseException v = e.getValue();
            if (!PyObjects.isTrue(Calls.call(exit, v.getType(), v, PNone.NONE))) {
                throw e;
            }
            return false;
        } catch (Throwable t) {
            reset(frame);
            Calls.call(exit, PNone.NONE, PNone.NONE, PNone.NONE);
            throw t;
        }
        reset(frame);
        Calls.call(exit, PNone.NONE, PNone.NONE, PNone.NONE);
        return false;
    }

    private void reset(VirtualFrame frame) {
        frame.setObjectStatic(exitSlot, null);
    }
}
