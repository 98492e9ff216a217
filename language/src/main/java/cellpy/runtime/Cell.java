package cellpy.runtime;

/**
 * A closed-over variable: CPython's cell object. The defining frame and every closure that uses
 * the variable share one Cell; {@code ref == null} means the variable is unbound ("Cell is empty").
 * Reading through a cell is one field load more than reading a local.
 */
public final class Cell {
    public Object ref;

    public Cell() {
    }

    public Cell(Object ref) {
        this.ref = ref;
    }
}
