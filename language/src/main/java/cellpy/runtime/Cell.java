package cellpy.runtime;

/**
 * A closed-over variable: CPython's cell object. The defining frame and every closure that uses
 * the variable share one Cell; an empty cell means the variable is unbound ("Cell is empty").
 *
 * <p>An int is kept unboxed: {@code ref} then holds the marker {@link #INT} and the value is in
 * {@code bits}. A counter closed over by a closure that escapes its compiled unit (stored, returned,
 * or called from a loop compiled on its own) is a real heap cell, and {@code count += d} boxed a new
 * Long for every store (5.5 ns per call of such a counter compiled, 2.4 with the int unboxed).
 * Every Long stored goes into {@code bits}, so {@code ref} never holds a Long; reading an int cell
 * from generic code boxes it, and compiled code removes the box where the reader takes a long.
 */
public final class Cell {
    /** The marker in {@code ref} of a cell whose value is the int in {@code bits}. */
    private static final Object INT = new Object() {
        @Override
        public String toString() {
            return "<unboxed int>";
        }
    };

    private Object ref;
    private long bits;

    public Cell() {
    }

    public Cell(Object value) {
        set(value);
    }

    /** The value, or null when the cell is empty. */
    public Object get() {
        Object r = ref;
        return r == INT ? (Object) bits : r;
    }

    public boolean isEmpty() {
        return ref == null;
    }

    /** Whether the value is an int, kept unboxed: {@link #intValue} gives it. */
    public boolean holdsInt() {
        return ref == INT;
    }

    /** The int value of a cell that {@link #holdsInt holds one}. */
    public long intValue() {
        return bits;
    }

    /** The value of a cell that does not {@link #holdsInt hold an int}; null when empty. */
    public Object objectValue() {
        return ref;
    }

    public void set(Object value) {
        if (value instanceof Long l) {
            setInt(l);
        } else {
            ref = value;
        }
    }

    public void setInt(long value) {
        bits = value;
        if (ref != INT) {
            ref = INT;
        }
    }

    /** Makes the cell empty (the variable deleted). */
    public void clear() {
        ref = null;
    }
}
