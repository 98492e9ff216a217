package cellpy.scope;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cellpy.parser.Expr;

/**
 * The text of {@code dis.dis(f)} for cellpy, which has no bytecode: for the code of a scope and of
 * every scope nested in it, each variable access in compile order, with its line and the opname
 * CPython 3.11 would use ({@code LOAD_FAST}, {@code STORE_DEREF}, {@code LOAD_GLOBAL},
 * {@code LOAD_CLASSDEREF}, ...), plus the cell set-up ({@code COPY_FREE_VARS}, {@code MAKE_CELL})
 * and the {@code LOAD_CLOSURE}s that build a nested function's closure. The layout is dis's: line
 * column, opname, argument (the slot index, or for globals and names the {@code co_names} index,
 * shifted as 3.11 does), and the name in parentheses; each nested code object gets a
 * {@code Disassembly of <code object ...>:} header. Other instructions are left out.
 */
public final class DisListing {
    private DisListing() {}

    private record Instr(int line, String opname, int arg, String argrepr) {}

    /** {@code dis.dis} of the function (or module, class, lambda, comprehension) {@code scope}. */
    public static String dis(Scope scope) {
        StringBuilder sb = new StringBuilder();
        disassemble(scope, sb, true);
        return sb.toString();
    }

    /** The header dis prints before a nested code object. */
    public static String header(Scope s) {
        return String.format("Disassembly of <code object %s at 0x%012x, file \"%s\", line %d>:", s.name(),
                        0x7f0000000000L + (System.identityHashCode(s) & 0xffffffffL) * 16, s.table.fileName(),
                        s.firstLine());
    }

    private static void disassemble(Scope s, StringBuilder sb, boolean top) {
        if (!top) {
            sb.append('\n').append(header(s)).append('\n');
        }
        List<Instr> code = new ArrayList<>();
        Set<Scope> nested = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        if (!s.freevars().isEmpty()) {
            code.add(new Instr(-1, "COPY_FREE_VARS", s.freevars().size(), null));
        }
        List<String> plus = s.localsPlus();
        for (int i = 0; i < plus.size(); i++) {
            String n = plus.get(i);
            if (s.cellvars().contains(n) && s.cellIndex(n) == i) {
                code.add(new Instr(-1, "MAKE_CELL", i, n));
            }
        }
        CodeWalker.walk(s, s.table, new CodeWalker.Sink() {
            @Override
            public void name(String id, Expr.Ctx ctx, int line, boolean callee, boolean live) {
                String m = s.mangle(id);
                Access a = s.access(id);
                String op = a.opname(ctx);
                // co_names gets the name at compile time, even in code the optimizer then drops.
                int ni = a == Access.GLOBAL || a == Access.NAME ? nameIndex(names, m) : -1;
                if (!live) {
                    return;
                }
                switch (a) {
                    case FAST -> code.add(new Instr(line, op, plus.indexOf(m), m));
                    case DEREF, CLASSDEREF -> code.add(new Instr(line, op, slot(s, m), m));
                    case GLOBAL -> {
                        boolean nul = callee && ctx == Expr.Ctx.LOAD;
                        code.add(new Instr(line, op, ctx == Expr.Ctx.LOAD ? (ni << 1) | (nul ? 1 : 0) : ni,
                                        nul ? "NULL + " + m : m));
                    }
                    case NAME -> code.add(new Instr(line, op, ni, m));
                }
            }

            @Override
            public void raw(String opname, String name, int line, boolean live) {
                if (!live) {
                    return;
                }
                int arg = opname.equals("LOAD_CLOSURE") ? slot(s, name) : nameIndex(names, name);
                code.add(new Instr(line, opname, arg, name));
            }

            @Override
            public void coName(String name) {
                nameIndex(names, name);
            }

            @Override
            public void reverseLast(int n, boolean live) {
                if (live) {
                    List<Instr> tail = code.subList(code.size() - n, code.size());
                    List<Instr> reversed = new ArrayList<>(tail.reversed());
                    for (int i = 0; i < n; i++) {
                        Instr orig = tail.get(i);
                        Instr moved = reversed.get(i);
                        tail.set(i, new Instr(orig.line(), moved.opname(), moved.arg(), moved.argrepr()));
                    }
                }
            }

            @Override
            public void closure(Scope child, int line, boolean live) {
                nested.add(child);
                if (!live) {
                    return;
                }
                for (String f : child.freevars()) {
                    code.add(new Instr(line, "LOAD_CLOSURE", slot(s, f), f));
                }
                nested.add(child);
            }
        });
        int lastLine = -1;
        boolean first = true;
        for (Instr in : code) {
            boolean starts = in.line() >= 0 && in.line() != lastLine;
            if (starts && !first) {
                sb.append('\n');
            }
            first = false;
            StringBuilder row = new StringBuilder();
            row.append(starts ? String.format("%3d", in.line()) : "   ");
            row.append("     ");
            row.append(String.format("%-20s", in.opname()));
            row.append(' ').append(String.format("%5d", in.arg()));
            if (in.argrepr() != null) {
                row.append(" (").append(in.argrepr()).append(')');
            }
            sb.append(row.toString().stripTrailing()).append('\n');
            if (in.line() >= 0) {
                lastLine = in.line();
            }
        }
        for (Scope c : nested) {
            disassemble(c, sb, false);
        }
    }

    /** The localsplus index of a cell or free variable of {@code s} (mangled name). */
    private static int slot(Scope s, String m) {
        if (s.cellvars().contains(m)) {
            return s.cellIndex(m);
        }
        return s.freeIndex(m);
    }

    private static int nameIndex(List<String> names, String n) {
        int i = names.indexOf(n);
        if (i < 0) {
            names.add(n);
            i = names.size() - 1;
        }
        return i;
    }
}
