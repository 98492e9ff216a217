package cellpy.runtime;

/**
 * A built-in iterator (list_iterator, range_iterator, zip, map, ...). {@link #next} returns the
 * next value or null when exhausted; the Python-level {@code __next__} turns null into
 * StopIteration. {@link #typeName} is the CPython type name ({@code type(it).__name__}).
 */
public abstract class PIterator {
    public abstract Object next();

    public abstract String typeName();

    /**
     * The repr, when it is not CPython's plain {@code <list_iterator object at 0x...>}: generators
     * return {@code <generator object f at 0x...>} (use {@link PyObjects#address}). Null means the
     * default.
     */
    public String repr() {
        return null;
    }

    /**
     * {@code next(it)} without a default and {@code it.__next__()}: the next value, or raises
     * StopIteration. Generators override this to carry their return value in the StopIteration.
     */
    public Object nextOrStop() {
        Object v = next();
        if (v == null) {
            throw PyErrors.raiseEmpty(BuiltinTypes.STOP_ITERATION);
        }
        return v;
    }
}
