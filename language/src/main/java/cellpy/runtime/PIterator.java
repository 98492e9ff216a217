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
