package cellpy.runtime;

/**
 * A live view of a dict: {@code d.keys()}, {@code d.values()} or {@code d.items()}. It holds no
 * data of its own, so it reflects later changes to the dict, and iterates it lazily.
 */
public final class PDictView {
    public final PDict dict;
    public final Iterators.DictItemKind kind;

    public PDictView(PDict dict, Iterators.DictItemKind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    /** dict_keys, dict_values or dict_items. */
    public String typeName() {
        return switch (kind) {
            case KEYS -> "dict_keys";
            case VALUES -> "dict_values";
            case ITEMS -> "dict_items";
        };
    }
}
