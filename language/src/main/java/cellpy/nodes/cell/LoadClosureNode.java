package cellpy.nodes.cell;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.runtime.Cell;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/** LOAD_CLOSURE: the Cell object itself (not its contents), for building a nested function's closure. */
public final class LoadClosureNode extends Node {
    private final int slot;

    public LoadClosureNode(int slot) {
        this.slot = slot;
    }

    public Cell execute(VirtualFrame frame) {
        return (Cell) frame.getObject(slot);
    }

    /** The closure tuple for a new function: the cells of its free variables, or null when it has none. */
    @ExplodeLoop
    public static Cell[] loadAll(VirtualFrame frame, LoadClosureNode[] closure) {
        if (closure.length == 0) {
            return null;
        }
        Cell[] cells = new Cell[closure.length];
        for (int i = 0; i < closure.length; i++) {
            cells[i] = closure[i].execute(frame);
        }
        return cells;
    }
}
