package cellpy.nodes.global;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.CellpyContext;
import cellpy.nodes.AssignTargetNode;
import cellpy.runtime.PDict;

/**
 * STORE_GLOBAL / STORE_NAME at module level. Once the name exists, its dict entry is cached and
 * a store is one field write (while the entry stays in the dict).
 */
public final class GlobalTargetNode extends AssignTargetNode {
    private final String name;
    @CompilationFinal private PDict cachedGlobals;
    @CompilationFinal private PDict.Entry entry;
    @CompilationFinal private boolean generic;

    public GlobalTargetNode(String name) {
        this.name = name;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        PDict globals = CellpyContext.get(this).mainGlobals();
        PDict.Entry e = entry;
        if (e != null && globals == cachedGlobals && !e.isRemoved()) {
            e.set(value);
            return;
        }
        globals.put(name, value);
        if (!generic) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            if (entry != null) {
                generic = true; // the entry went away once: don't keep recompiling
            }
            cachedGlobals = globals;
            entry = globals.getEntryStr(name);
        }
    }
}
