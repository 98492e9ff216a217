package cellpy.scope;

/**
 * Where a name lives, as CPython's symtable decides it ({@code LOCAL}, {@code CELL}, {@code FREE},
 * {@code GLOBAL_IMPLICIT}, {@code GLOBAL_EXPLICIT} in {@code symtable.h}). At module and class
 * level a bound name is reported LOCAL and a name only read GLOBAL_IMPLICIT, exactly as CPython
 * does; both are accessed through the namespace dict there (see {@link Access}).
 */
public enum SymbolKind {
    /** Bound in this scope and not captured by a nested one: a frame slot (in a function). */
    LOCAL,
    /** Bound in this function and captured by a nested scope: the slot holds a cell. */
    CELL,
    /** Bound in an enclosing function: the slot holds a cell copied from the closure. */
    FREE,
    /** Not bound anywhere visible: looked up in the module's globals, then builtins. */
    GLOBAL_IMPLICIT,
    /** Declared {@code global} (here, or the module-level name of some function's declaration). */
    GLOBAL_EXPLICIT
}
