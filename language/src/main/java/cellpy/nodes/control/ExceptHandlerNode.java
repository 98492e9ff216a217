package cellpy.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import cellpy.nodes.AssignTargetNode;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.nodes.generator.YieldException;
import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.PBaseException;
import cellpy.runtime.PTuple;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyType;

/**
 * One {@code except [type [as name]]:} clause. The name is bound for the handler's body and
 * deleted afterwards, as CPython does.
 */
public final class ExceptHandlerNode extends Node {
    @Child private ExprNode type;
    @Child private AssignTargetNode name;
    @Child private StmtNode unbind;
    @Child private StmtNode body;

    public ExceptHandlerNode(ExprNode type, AssignTargetNode name, StmtNode unbind, StmtNode body) {
        this.type = type;
        this.name = name;
        this.unbind = unbind;
        this.body = body;
    }

    public boolean matches(VirtualFrame frame, PBaseException value) {
        return type == null || matchesType(type.executeGeneric(frame), value);
    }

    @TruffleBoundary
    static boolean matchesType(Object t, PBaseException value) {
        if (t instanceof PyType pt) {
            if (!pt.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
                throw PyErrors.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
            return value.getType().isSubtypeOf(pt);
        }
        if (t instanceof PTuple tuple) {
            for (Object o : tuple.items()) {
                if (matchesType(o, value)) {
                    return true;
                }
            }
            return false;
        }
        throw PyErrors.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    /** Runs the handler; in a generator it may be re-entered after a yield inside (rebinding the name is harmless). */
    public void executeBody(VirtualFrame frame, PBaseException value) {
        if (name == null) {
            body.executeVoid(frame);
            return;
        }
        name.assign(frame, value);
        try {
            body.executeVoid(frame);
        } catch (YieldException y) {
            throw y;
        } catch (Throwable t) {
            unbind.executeVoid(frame);
            throw t;
        }
        unbind.executeVoid(frame);
    }
}
