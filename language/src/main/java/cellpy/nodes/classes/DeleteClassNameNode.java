package cellpy.nodes.classes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.StmtNode;
import cellpy.runtime.PDict;
import cellpy.runtime.PyErrors;

/**
 * DELETE_NAME in a class body: removes the name from the class namespace only (never from the
 * globals); a name the namespace does not hold is a NameError.
 */
public final class DeleteClassNameNode extends StmtNode {
    private final String name;

    public DeleteClassNameNode(String name) {
        this.name = name;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        remove(ClassBodyRootNode.namespace(frame), name);
    }

    @TruffleBoundary
    private static void remove(PDict ns, String name) {
        if (ns.remove(name) == null) {
            throw PyErrors.undefinedName(name);
        }
    }
}
