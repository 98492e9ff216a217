package cellpy.nodes.classes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.AssignTargetNode;
import cellpy.runtime.PDict;

/** STORE_NAME in a class body: binds the name in the class namespace (methods, attributes, ...). */
public final class ClassNameTargetNode extends AssignTargetNode {
    private final String name;

    public ClassNameTargetNode(String name) {
        this.name = name;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        put(ClassBodyRootNode.namespace(frame), name, value);
    }

    @TruffleBoundary
    private static void put(PDict ns, String name, Object value) {
        ns.put(name, value);
    }
}
