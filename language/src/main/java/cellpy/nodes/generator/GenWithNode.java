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
 * is suspended, its bound {@code __exit__} waits in a slot (phase 1), so resuming continues the
 * body instead of entering again. Leaving the body in any way but a yield calls {@code __exit__}
 * (a GeneratorExit from {@code close()} included).
 */
public final class GenWithNode extends GenStmtNode {
    @Child private ExprNode manager;
    @Child private AssignTargetNode target;
    @Child private StmtNode body;
    private final int phaseSlot;
    private final int exitSlot;

    public GenWithNode(ExprNode manager, AssignTargetNode target, StmtNode body, int phaseSlot, int exitSlot) {
        this.manager = manager;
        this.target = target;
        this.body = body;
        this.phaseSlot = phaseSlot;
        this.exitSlot = exitSlot;
    }

    @Override
    public boolean executeGen(VirtualFrame frame) {
        if (GenState.get(frame, phaseSlot) == 0) {
            Object mgr = manager.executeGeneric(frame);
            Object enter = WithNode.lookup(mgr, "__enter__", "");
            Object exit = WithNode.lookup(mgr, "__exit__", " (missed __exit__ method)");
            Object entered = Calls.call(enter);
            frame.setObjectStatic(exitSlot, exit);
            GenState.set(frame, phaseSlot, 1);
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
        GenState.set(frame, phaseSlot, 0);
        frame.setObjectStatic(exitSlot, null);
    }
}
