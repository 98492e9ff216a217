package cellpy.nodes.classes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.runtime.Cell;
import cellpy.runtime.PyErrors;

/**
 * LOAD_CLASSDEREF: a class body reading a variable of an enclosing function. As in CPython the
 * class namespace is asked first and the cell taken from the enclosing frame second; an empty
 * cell is CPython's "cannot access free variable" NameError.
 */
public final class ReadClassDerefNode extends ExprNode {
    private final String name;
    private final int slot;

    public ReadClassDerefNode(String name, int slot) {
        this.name = name;
        this.slot = slot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = ReadClassNameNode.get(ClassBodyRootNode.namespace(frame), name);
        if (v != null) {
            return v;
        }
        v = ((Cell) frame.getObject(slot)).get();
        if (v == null) {
            CompilerDirectives.transferToInterpreter();
            throw PyErrors.unboundFree(name);
        }
        return v;
    }
}
