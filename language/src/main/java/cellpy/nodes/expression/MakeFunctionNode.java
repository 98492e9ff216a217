package cellpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import cellpy.CellpyContext;
import cellpy.nodes.ExprNode;
import cellpy.nodes.cell.LoadClosureNode;
import cellpy.runtime.Cell;
import cellpy.runtime.PCode;
import cellpy.runtime.PFunction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs a {@code def} or {@code lambda}: evaluates the defaults, takes the cells of the code's free
 * variables from the current frame (LOAD_CLOSURE) and builds a new function object around the
 * shared code.
 */
public final class MakeFunctionNode extends ExprNode {
    private final PCode code;
    @Children private final ExprNode[] defaults;
    private final String[] kwDefaultNames;
    @Children private final ExprNode[] kwDefaults;
    @Children private final LoadClosureNode[] closure;

    public MakeFunctionNode(PCode code, ExprNode[] defaults, String[] kwDefaultNames, ExprNode[] kwDefaults,
                    LoadClosureNode[] closure) {
        this.code = code;
        this.defaults = defaults;
        this.kwDefaultNames = kwDefaultNames;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return execute(frame);
    }

    @ExplodeLoop
    public PFunction execute(VirtualFrame frame) {
        Object[] defs = null;
        if (defaults.length > 0) {
            defs = new Object[defaults.length];
            for (int i = 0; i < defaults.length; i++) {
                defs[i] = defaults[i].executeGeneric(frame);
            }
        }
        Map<String, Object> kwDefs = null;
        if (kwDefaults.length > 0) {
            kwDefs = newMap();
            for (int i = 0; i < kwDefaults.length; i++) {
                put(kwDefs, kwDefaultNames[i], kwDefaults[i].executeGeneric(frame));
            }
        }
        Cell[] cells = LoadClosureNode.loadAll(frame, closure);
        return new PFunction(code, CellpyContext.get(this).mainGlobals(), cells, defs, kwDefs);
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static Map<String, Object> newMap() {
        return new LinkedHashMap<>();
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static void put(Map<String, Object> m, String k, Object v) {
        m.put(k, v);
    }
}
