package cellpy.nodes.classes;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import cellpy.CellpyContext;
import cellpy.nodes.ExprNode;
import cellpy.nodes.cell.LoadClosureNode;
import cellpy.nodes.expression.SequenceElements;
import cellpy.runtime.Cell;
import cellpy.runtime.PDict;

/**
 * Runs a {@code class} statement (decorators aside) as CPython's {@code __build_class__} does:
 * evaluates the bases and keywords, makes the namespace with {@code __module__} and
 * {@code __qualname__} already in it, runs the body in it with the closure taken from this frame
 * (LOAD_CLOSURE, as for a nested def), then builds the type from the namespace
 * ({@link ClassBuilder}) and fills the body's {@code __class__} cell with it.
 */
public final class MakeClassNode extends ExprNode {
    private final String name;
    private final String qualname;
    @Child private SequenceElements bases;
    private final String[] keywordNames;
    @Children private final ExprNode[] keywordValues;
    @Children private final LoadClosureNode[] closure;
    @Child private DirectCallNode body;

    public MakeClassNode(String name, String qualname, SequenceElements bases, String[] keywordNames,
                    ExprNode[] keywordValues, LoadClosureNode[] closure, CallTarget body) {
        this.name = name;
        this.qualname = qualname;
        this.bases = bases;
        this.keywordNames = keywordNames;
        this.keywordValues = keywordValues;
        this.closure = closure;
        this.body = DirectCallNode.create(body);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] baseValues = bases.execute(frame, 0);
        Object[] keywords = keywords(frame);
        PDict ns = namespace(CellpyContext.get(this).mainGlobals(), qualname);
        Cell[] cells = LoadClosureNode.loadAll(frame, closure);
        Object classCell = body.call(cells, ns);
        return ClassBuilder.build(name, baseValues, keywordNames, keywords, ns, classCell);
    }

    @ExplodeLoop
    private Object[] keywords(VirtualFrame frame) {
        Object[] out = new Object[keywordValues.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = keywordValues[i].executeGeneric(frame);
        }
        return out;
    }

    /** The fresh namespace: {@code __module__} (the globals' {@code __name__}) and {@code __qualname__}. */
    @TruffleBoundary
    private static PDict namespace(PDict globals, String qualname) {
        PDict ns = new PDict();
        Object module = globals.getStr("__name__");
        ns.put("__module__", module == null ? "__main__" : module);
        ns.put("__qualname__", qualname);
        return ns;
    }
}
