package cellpy.nodes.classes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.nodes.global.ReadGlobalNode;
import cellpy.runtime.PDict;

/**
 * LOAD_NAME in a class body: the class namespace, then the module's globals, then the builtins
 * (the last two, with their NameError, are the module-level read this node falls back to).
 */
public final class ReadClassNameNode extends ExprNode {
    private final String name;
    @Child private ReadGlobalNode global;

    public ReadClassNameNode(String name) {
        this.name = name;
        this.global = new ReadGlobalNode(name, null);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = get(ClassBodyRootNode.namespace(frame), name);
        return v != null ? v : global.executeGeneric(frame);
    }

    @TruffleBoundary
    static Object get(PDict ns, String name) {
        return ns.getStr(name);
    }
}
