package cellpy.scope;

/**
 * The per-name flag bits the first pass records, with CPython's values ({@code symtable.h}) so
 * that dumps can be compared with {@code symtable}'s raw flags.
 */
final class Flags {
    static final int DEF_GLOBAL = 1;
    static final int DEF_LOCAL = 2;
    static final int DEF_PARAM = 4;
    static final int DEF_NONLOCAL = 8;
    static final int USE = 16;
    static final int DEF_FREE = 32;
    static final int DEF_FREE_CLASS = 64;
    static final int DEF_IMPORT = 128;
    static final int DEF_ANNOT = 256;
    static final int DEF_COMP_ITER = 512;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    private Flags() {}

    /** The flags by name, in bit order, for dumps. */
    static String describe(int flags) {
        StringBuilder sb = new StringBuilder();
        String[] names = {"global", "assigned", "parameter", "nonlocal", "referenced", "free", "free_class",
                        "imported", "annotated", "comp_iter"};
        for (int i = 0; i < names.length; i++) {
            if ((flags & (1 << i)) != 0) {
                if (sb.length() > 0) {
                    sb.append(',');
                }
                sb.append(names[i]);
            }
        }
        return sb.toString();
    }
}
