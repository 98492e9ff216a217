package cellpy.runtime;

/** {@code classmethod(f)}: looked up through a class or an instance, f is bound to the class. */
public record PClassMethod(Object function) {}
