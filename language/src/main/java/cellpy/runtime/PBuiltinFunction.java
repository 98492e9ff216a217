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
        this.body = fn;
    }

    public PBuiltinFunction(String name, PyType owner, BuiltinFn fn) {
        this.name = name;
        this.fn = fn;
        this.owner = owner;
        this.body = fn;
    }

    /**
     * A method of a built-in type: {@code fn} checks the receiver's type (as CPython's method
     * descriptors do: {@code str.upper(1)} is a TypeError) and then runs {@code body}.
     */
    public PBuiltinFunction(String name, PyType owner, BuiltinFn fn, BuiltinFn body) {
        this.name = name;
        this.fn = fn;
        this.owner = owner;
        this.body = body;
    }

    /**
     * The function without the receiver check, for a call site that has checked the receiver's Java
     * class itself ({@code s.upper()} on a str): it takes the receiver first, then the arguments.
     */
    private final BuiltinFn body;

    public BuiltinFn getBody() {
        return body;
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
