package cellpy.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.CellpyContext;
import cellpy.builtins.Modules;
import cellpy.nodes.AssignTargetNode;
import cellpy.nodes.StmtNode;
import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.PModule;
import cellpy.runtime.PyErrors;

/**
 * {@code import m [as n]} and {@code from m import a [as b]} of the built-in modules; anything else
 * is ModuleNotFoundError. {@code attr} is null for a plain import.
 */
public final class ImportNode extends StmtNode {
    private final String module;
    private final String attr;
    @Child private AssignTargetNode target;

    public ImportNode(String module, String attr, AssignTargetNode target) {
        this.module = module;
        this.attr = attr;
        this.target = target;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        PModule m = load(CellpyContext.get(this), module);
        target.assign(frame, attr == null ? m : member(m, attr));
    }

    @TruffleBoundary
    static PModule load(CellpyContext ctx, String name) {
        PModule m = ctx.modules().get(name);
        if (m == null) {
            m = Modules.create(name);
            if (m == null) {
                throw PyErrors.raise(BuiltinTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
            }
            ctx.modules().put(name, m);
        }
        return m;
    }

    @TruffleBoundary
    private Object member(PModule m, String name) {
        Object v = m.dict.getStr(name);
        if (v == null) {
            throw PyErrors.raise(BuiltinTypes.IMPORT_ERROR,
                            "cannot import name '" + name + "' from '" + module + "' (unknown location)");
        }
        return v;
    }
}
