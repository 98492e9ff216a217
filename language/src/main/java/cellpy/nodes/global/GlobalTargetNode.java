package cellpy.nodes.global;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.CellpyContext;
import cellpy.nodes.AssignTargetNode;

/** STORE_GLOBAL / STORE_NAME at module level. */
public final class GlobalTargetNode extends AssignTargetNode {
    private final String name;

    public GlobalTargetNode(String name) {
        this.name = name;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        CellpyContext.get(this).mainGlobals().put(name, value);
    }
}
