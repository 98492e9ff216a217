package cellpy.scope;

import java.util.ArrayList;
import java.util.List;

/**
 * A readable listing of a symbol table: per scope (depth-first, nested scopes indented) its kind,
 * name, qualified name, first line, argument counts and flags, its {@code co_varnames},
 * {@code co_cellvars} and {@code co_freevars}, then every name, sorted, with its kind and flag
 * words. The golden tests compare it with what {@code tests/.../scope/regen.py} prints from
 * CPython's own {@code symtable} module and code objects, so both must keep this exact format.
 */
public final class ScopeDump {
    private ScopeDump() {}

    public static String dump(SymbolTable table) {
        StringBuilder sb = new StringBuilder();
        dump(table.module(), 0, sb);
        return sb.toString();
    }

    private static void dump(Scope s, int depth, StringBuilder sb) {
        String ind = "  ".repeat(depth);
        sb.append(ind).append(s.kind()).append(' ').append(s.name()).append(" qualname=").append(s.qualname())
                        .append(" firstline=").append(s.firstLine());
        if (s.isFunctionLike()) {
            sb.append(" argcount=").append(s.argcount()).append(" posonly=").append(s.posonlyargcount())
                            .append(" kwonly=").append(s.kwonlyargcount());
            if (s.hasVarargs()) {
                sb.append(" varargs");
            }
            if (s.hasVarkw()) {
                sb.append(" varkw");
            }
            if (s.isGenerator()) {
                sb.append(" generator");
            }
        }
        sb.append('\n');
        sb.append(ind).append("  varnames=").append(tuple(s.varnames())).append(" cellvars=")
                        .append(tuple(s.cellvars())).append(" freevars=").append(tuple(s.freevars())).append('\n');
        List<String> names = new ArrayList<>(s.symbols.keySet());
        names.sort(null);
        for (String n : names) {
            String words = Flags.describe(s.symbols.get(n));
            sb.append(ind).append("  ").append(n).append(": ").append(s.kinds.get(n));
            if (!words.isEmpty()) {
                sb.append(' ').append(words);
            }
            sb.append('\n');
        }
        for (Scope c : s.children) {
            dump(c, depth + 1, sb);
        }
    }

    private static String tuple(List<String> names) {
        return "(" + String.join(", ", names) + ")";
    }
}
