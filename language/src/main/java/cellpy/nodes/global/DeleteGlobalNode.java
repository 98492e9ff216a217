package cellpy.nodes.global;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.CellpyContext;
import cellpy.nodes.StmtNode;
import cellpy.runtime.PyErrors;

/** DELETE_GLOBAL / DELETE_NAME. */
public final class DeleteGlobalNode extends StmtNode {
    private final String name;

    public DeleteGlobalNode(String name) {
        this.name = name;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (CellpyContext.get(this).mainGlobals().remove(name) == null) {
            CompilerDirectives.transferToInterpreter();
            throw PyErrors.undefinedName(name);
        }
    }
}
