package cellpy.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/**
 * Where a value goes: a local, cell, global, attribute, item, or a tuple/list unpacking of those.
 * Used by assignment, {@code for} targets, {@code with ... as}, {@code except ... as}.
 */
public abstract class AssignTargetNode extends Node {
    public abstract void assign(VirtualFrame frame, Object value);
}
