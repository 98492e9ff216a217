package cellpy.runtime;

/**
 * The Java body of a built-in function or method, in CPython's vectorcall shape: {@code args} holds
 * the positional arguments followed by the values of the keyword arguments named in
 * {@code kwNames} (an empty array when there are none). For a method, {@code args[0]} is self.
 */
@FunctionalInterface
public interface BuiltinFn {
    String[] NO_KW = new String[0];

    Object call(Object[] args, String[] kwNames);
}
