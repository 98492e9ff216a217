package cellpy.runtime;

/** A function bound to its first argument: {@code obj.method} for user and built-in methods. */
public record PBoundMethod(Object self, Object function) {}
