package cellpy.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.Truffle;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python type object, built-in or user-defined (single inheritance, so the MRO is the base
 * chain). Built-in types keep their methods in {@link #dict} as {@link PBuiltinFunction}s; user
 * classes keep their class body's namespace there.
 */
public final class PyType {
    private final String name;
    private final PyType base;
    public final Map<String, Object> dict = new LinkedHashMap<>();
    private final boolean builtin;
    private String qualname;
    /** What calling the type does for a built-in type (set by the builtins); null for user classes. */
    public BuiltinFn constructor;
    private String module;

    public PyType(String name, PyType base, boolean builtin) {
        this.name = name;
        this.base = base;
        this.builtin = builtin;
        this.qualname = name;
        this.module = builtin ? "builtins" : "__main__";
    }

    public String getName() {
        return name;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public PyType getBase() {
        return base;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    /**
     * Valid while this type's dict has not changed since creation or the last change; a cached
     * lookup along the MRO depends on the assumptions of every type in it ({@link #mroAssumptions}).
     */
    private Assumption unchanged = Truffle.getRuntime().createAssumption("class dict unchanged");
    /**
     * How often the dict changed after creation. Each change deoptimizes the code that cached a
     * lookup on the class; a class changed more than twice (a class attribute used as a counter)
     * is no longer cached at all.
     */
    private int changes;

    /** Call after writing or deleting a name in this class's dict once the class exists. */
    public void dictChanged() {
        changes++;
        Assumption old = unchanged;
        unchanged = Truffle.getRuntime().createAssumption("class dict unchanged");
        old.invalidate();
    }

    /** The current assumptions of this type and its bases, for caches of lookups along the MRO. */
    public Assumption[] mroAssumptions() {
        int n = 0;
        for (PyType t = this; t != null; t = t.base) {
            n++;
        }
        Assumption[] a = new Assumption[n];
        int i = 0;
        for (PyType t = this; t != null; t = t.base) {
            a[i++] = t.unchanged;
        }
        return a;
    }

    /** Whether lookups on this type are worth caching: not once its dict, or a base's, keeps changing. */
    public boolean isStable() {
        for (PyType t = this; t != null; t = t.base) {
            if (t.changes > 2) {
                return false;
            }
        }
        return true;
    }

    /** Looks a name up along the MRO (this type, then its bases); null when absent. */
    @TruffleBoundary
    public Object lookup(String attr) {
        for (PyType t = this; t != null; t = t.base) {
            Object v = t.dict.get(attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** True when this type is {@code other} or derives from it. */
    public boolean isSubtypeOf(PyType other) {
        for (PyType t = this; t != null; t = t.base) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** The MRO as a list, this type first, ending in object. */
    @TruffleBoundary
    public List<PyType> mro() {
        List<PyType> l = new ArrayList<>();
        for (PyType t = this; t != null; t = t.base) {
            l.add(t);
        }
        return l;
    }

    @Override
    public String toString() {
        return "<class '" + (builtin ? name : module + "." + qualname) + "'>";
    }
}
