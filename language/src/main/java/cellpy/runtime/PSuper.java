package cellpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The object {@code super()} returns inside a method of {@code cls} called on {@code self}:
 * attribute lookup on it searches the MRO after {@code cls} and binds what it finds to self
 * ({@link PyObjects#getAttr}).
 */
public record PSuper(PyType cls, Object self) {

    /** {@code super(type, obj)} with CPython's checks on both arguments. */
    @TruffleBoundary
    public static PSuper create(Object type, Object obj) {
        if (!(type instanceof PyType t)) {
            throw PyErrors.typeError("super() argument 1 must be a type, not %s", PyObjects.typeName(type));
        }
        boolean ok = obj instanceof PyType ot ? ot.isSubtypeOf(t) || PyObjects.isInstance(obj, t) : PyObjects.isInstance(obj, t);
        if (!ok) {
            throw PyErrors.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
        return new PSuper(t, obj);
    }
}
