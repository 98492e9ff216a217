package cellpy.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.AssignTargetNode;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.nodes.control.BreakException;
import cellpy.nodes.control.ContinueException;
import cellpy.nodes.control.ReturnException;
import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.Calls;
import cellpy.runtime.PBaseException;
import cellpy.runtime.PException;
import cellpy.runtime.PNone;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyObjects;
import cellpy.runtime.PyType;

/**
 * {@code with manager [as target]: body} (one item; several items nest). {@code __exit__} gets the
 * exception's type, value and traceback (None here) and suppresses it when it returns true.
 */
public final class WithNode extends StmtNode {
    @Child private ExprNode manager;
    @Child private AssignTargetNode target;
    @Child private StmtNode body;

    public WithNode(ExprNode manager, AssignTargetNode target, StmtNode body) {
        this.manager = manager;
        this.target = target;
        this.body = body;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object mgr = manager.executeGeneric(frame);
        Object enter = lookup(mgr, "__enter__", "");
        Object exit = lookup(mgr, "__exit__", " (missed __exit__ method)");
        Object entered = Calls.call(enter);
        if (target != null) {
            target.assign(frame, entered);
        }
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            PBaseException v = e.getValue();
            Object r = Calls.call(exit, v.getType(), v, PNone.NONE);
            if (!PyObjects.isTrue(r)) {
                throw e;
            }
            return;
        } catch (ReturnException | BreakException | ContinueException e) {
            Calls.call(exit, PNone.NONE, PNone.NONE, PNone.NONE);
            throw e;
        }
        Calls.call(exit, PNone.NONE, PNone.NONE, PNone.NONE);
    }

    /** The manager's {@code __enter__} or {@code __exit__}, or CPython's TypeError when the type has none. */
    @TruffleBoundary
    public static Object lookup(Object mgr, String name, String suffix) {
        PyType t = PyObjects.typeOf(mgr);
        if (t.lookup(name) == null) {
            throw PyErrors.raise(BuiltinTypes.TYPE_ERROR, "'" + t.getName()
                            + "' object does not support the context manager protocol" + suffix);
        }
        return PyObjects.getAttr(mgr, name);
    }
}
