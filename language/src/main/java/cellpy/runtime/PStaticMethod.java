package cellpy.runtime;

/** {@code staticmethod(f)}: looked up through a class or an instance, it yields f unbound. */
public record PStaticMethod(Object function) {}
