package cellpy.runtime;

/**
 * The object {@code super()} returns inside a method of {@code cls} called on {@code self}:
 * attribute lookup on it searches the MRO after {@code cls} and binds what it finds to self
 * ({@link PyObjects#getAttr}).
 */
public record PSuper(PyType cls, Object self) {}
