package cellpy.nodes.cell;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.runtime.Cell;
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
}
