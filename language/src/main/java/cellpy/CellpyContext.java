package cellpy;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.nodes.Node;
import cellpy.runtime.PDict;
import cellpy.runtime.PList;
import cellpy.runtime.PModule;
import cellpy.runtime.PyErrors;
import cellpy.runtime.StdStreams;
import java.util.HashMap;
import java.util.Map;

/**
 * The state of one cellpy context: the {@code __main__} module's globals, the builtins namespace,
 * the imported built-in modules, {@code sys.argv}, the recursion limit and the standard streams.
 */
public final class CellpyContext {
    private static final ContextReference<CellpyContext> REFERENCE = ContextReference.create(CellpyLanguage.class);

    private final TruffleLanguage.Env env;
    private final StdStreams streams;
    private final PDict builtins = new PDict();
    private final PDict mainGlobals = new PDict();
    private final Map<String, PModule> modules = new HashMap<>();
    private final PList argv = new PList();
    private int recursionLimit = 1000;
    /** Current depth of guest calls, checked against {@link #recursionLimit}. */
    public int depth;

    private final boolean main;

    public CellpyContext(TruffleLanguage.Env env, boolean main) {
        this.main = main;
        this.env = env;
        this.streams = new StdStreams(env.out(), env.err());
        for (String a : env.getApplicationArguments()) {
            argv.add(a);
        }
        if (argv.size() == 0) {
            argv.add("");
        }
        mainGlobals.put("__name__", "__main__");
    }

    public static CellpyContext get(Node node) {
        return REFERENCE.get(node);
    }

    /** The context of the current thread, for code that has no node at hand (built-ins). */
    public static CellpyContext get() {
        return REFERENCE.get(null);
    }

    /** True when run by the launcher as the main program (tracebacks printed, exit status set). */
    public boolean isMain() {
        return main;
    }

    /** The exception being handled by the innermost running except block (for bare raise and __context__). */
    public cellpy.runtime.PException handled;

    public TruffleLanguage.Env env() {
        return env;
    }

    public StdStreams streams() {
        return streams;
    }

    public PDict builtins() {
        return builtins;
    }

    public PDict mainGlobals() {
        return mainGlobals;
    }

    public Map<String, PModule> modules() {
        return modules;
    }

    public PList argv() {
        return argv;
    }

    public int getRecursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        this.recursionLimit = limit;
    }

    /**
     * Counts one more guest frame (a function, generator resume or class body), raising
     * RecursionError past the limit as CPython does; the caller undoes it with {@code depth--} in
     * a {@code finally} once the frame is left.
     */
    public void enterFrame() {
        if (++depth > recursionLimit) {
            depth--;
            CompilerDirectives.transferToInterpreter();
            throw PyErrors.recursionError();
        }
    }
}
