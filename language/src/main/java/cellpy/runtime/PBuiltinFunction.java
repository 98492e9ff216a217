package cellpy.runtime;

/** A built-in function or an unbound built-in method ({@code len}, {@code str.upper}). */
public final class PBuiltinFunction {
    private final String name;
    private final BuiltinFn fn;
    /** The type whose method this is (for repr {@code <method 'upper' of 'str' objects>}); null for functions. */
    private PyType owner;

    public PBuiltinFunction(String name, BuiltinFn fn) {
        this.name = name;
        this.fn = fn;
    }

    public PBuiltinFunction(String name, PyType owner, BuiltinFn fn) {
        this.name = name;
        this.fn = fn;
        this.owner = owner;
    }

    public String getName() {
        return name;
    }

    public BuiltinFn getFn() {
        return fn;
    }

    public PyType getOwner() {
        return owner;
    }

    public void setOwner(PyType owner) {
        this.owner = owner;
    }
}
