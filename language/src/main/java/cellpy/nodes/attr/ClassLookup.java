package cellpy.nodes.attr;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.PFunction;
import cellpy.runtime.PInstance;
import cellpy.runtime.PProperty;
import cellpy.runtime.PyObjects;
import cellpy.runtime.PyType;

/**
 * What a call site needs to know about one name on one class, looked up once and cached: the class
 * attribute along the MRO and whether the instance fast paths apply. Valid while
 * {@link #assumptions} (one per class in the MRO) hold; a class whose dict keeps changing is not
 * cached at all ({@link PyType#isStable}).
 * <p>
 * The fast paths cover plain instances of user classes: not exceptions (their fields live outside
 * the dict), not {@code __class__}/{@code __dict__}, and a class attribute that is not a data
 * descriptor (a property, or a user object that may define {@code __get__}/{@code __set__}).
 */
public final class ClassLookup {
    public final PyType type;
    /** The class attribute, or null when the MRO has none. */
    public final Object value;
    /** The class attribute when it is a plain Python function (a method), else null. */
    public final PFunction function;
    @CompilationFinal(dimensions = 1) public final Assumption[] assumptions;
    /** Reading {@code inst.name}: the instance's attribute, else the class's, bound. */
    public final boolean cacheableGet;
    /** Writing {@code inst.name = v}: straight into the instance's attributes. */
    public final boolean cacheableSet;
    /** Calling the class: a fresh instance, then this {@code __init__} (no {@code __new__}). */
    public final boolean instantiable;

    private ClassLookup(PyType type, String name) {
        this.type = type;
        this.assumptions = type.mroAssumptions();
        Object v = type.lookup(name);
        this.value = v;
        this.function = v instanceof PFunction f ? f : null;
        boolean plain = type.isStable() && !type.isBuiltin() && !type.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)
                        && !name.equals("__class__") && !name.equals("__dict__");
        boolean descriptor = v instanceof PProperty || v instanceof PInstance;
        this.cacheableGet = plain && !descriptor;
        this.cacheableSet = plain && !descriptor && PyObjects.userMethod(type, "__setattr__") == null;
        this.instantiable = plain && name.equals("__init__") && PyObjects.userMethod(type, "__init__") instanceof PFunction
                        && PyObjects.userMethod(type, "__new__") == null;
    }

    @TruffleBoundary
    public static ClassLookup of(PyType type, String name) {
        return new ClassLookup(type, name);
    }

    /** The class attribute as {@code inst.name} sees it (not a data descriptor: see cacheableGet). */
    public Object bind(PInstance inst) {
        return PyObjects.bindClassAttr(value, inst);
    }
}
