package cellpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * An immutable tuple. {@code equals}/{@code hashCode} follow Python's {@code ==} and
 * {@code hash()} so tuples work as dict keys and set members.
 */
public final class PTuple {
    public static final PTuple EMPTY = new PTuple(new Object[0]);

    private final Object[] items;

    public PTuple(Object[] items) {
        this.items = items;
    }

    public static PTuple of(Object... items) {
        return new PTuple(items);
    }

    /** The backing array: never modify it. */
    public Object[] items() {
        return items;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    @Override
    @TruffleBoundary
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PTuple other) || other.items.length != items.length) {
            return false;
        }
        for (int i = 0; i < items.length; i++) {
            if (!PyObjects.eq(items[i], other.items[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    @TruffleBoundary
    public int hashCode() {
        return Long.hashCode(PyObjects.hash(this));
    }
}
