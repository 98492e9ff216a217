package cellpy.scope;

/**
 * How compiled code reaches a name: the family of CPython 3.11 opcodes that
 * {@code compiler_nameop} picks from the name's {@link SymbolKind} and the kind of scope. The
 * translator follows this directly; {@link DisListing} turns it into opnames.
 */
public enum Access {
    /** {@code LOAD_FAST}/{@code STORE_FAST}/{@code DELETE_FAST}: a plain frame slot (functions). */
    FAST,
    /** {@code LOAD_DEREF}/{@code STORE_DEREF}/{@code DELETE_DEREF}: through the cell in the slot. */
    DEREF,
    /**
     * A free variable read from a class body: {@code LOAD_CLASSDEREF} looks in the class namespace
     * first, then in the cell. Stores and deletes are {@code STORE_DEREF}/{@code DELETE_DEREF}.
     */
    CLASSDEREF,
    /** {@code LOAD_GLOBAL}/{@code STORE_GLOBAL}/{@code DELETE_GLOBAL}: module dict, then builtins. */
    GLOBAL,
    /** {@code LOAD_NAME}/{@code STORE_NAME}/{@code DELETE_NAME}: the module or class namespace. */
    NAME;

    /** The CPython opname for a load, store or delete through this access. */
    public String opname(cellpy.parser.Expr.Ctx ctx) {
        String verb = switch (ctx) {
            case LOAD -> "LOAD_";
            case STORE -> "STORE_";
            case DEL -> "DELETE_";
        };
        return switch (this) {
            case FAST -> verb + "FAST";
            case DEREF -> verb + "DEREF";
            case CLASSDEREF -> ctx == cellpy.parser.Expr.Ctx.LOAD ? "LOAD_CLASSDEREF" : verb + "DEREF";
            case GLOBAL -> verb + "GLOBAL";
            case NAME -> verb + "NAME";
        };
    }
}
