package cellpy.nodes.global;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.CellpyContext;
import cellpy.nodes.ExprNode;
import cellpy.runtime.PyErrors;

/**
 * LOAD_GLOBAL / LOAD_NAME at module level: the module's dict, then the builtins, else NameError.
 * TODO cache per name behind an assumption that a rebinding invalidates.
 */
public final class ReadGlobalNode extends ExprNode {
    private final String name;

    public ReadGlobalNode(String name) {
        this.name = name;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        CellpyContext ctx = CellpyContext.get(this);
        Object v = ctx.mainGlobals().getStr(name);
        if (v == null) {
            v = ctx.builtins().getStr(name);
            if (v == null) {
                CompilerDirectives.transferToInterpreter();
                throw PyErrors.undefinedName(name);
            }
        }
        return v;
    }
}
