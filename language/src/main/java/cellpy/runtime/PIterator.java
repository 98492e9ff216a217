package cellpy.runtime;

/**
 * A built-in iterator (list_iterator, range_iterator, zip, map, ...). {@link #next} returns the
 * next value or null when exhausted; the Python-level {@code __next__} turns null into
 * StopIteration. {@link #typeName} is the CPython type name ({@code type(it).__name__}).
 */
public abstract class PIterator {
    public abstract Object next();

    public abstract String typeName();
}
