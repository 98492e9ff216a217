package cellpy.scope;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cellpy.parser.Expr;
import cellpy.parser.Module;
import cellpy.parser.SyntaxErrorException;

/**
 * The scopes of one file, built in full before any code of it runs (a nonlocal without binding on
 * the last line must stop the first line from running). Scopes are found by AST node identity,
 * since the AST records compare by value.
 */
public final class SymbolTable {
    private final Scope module;
    private final IdentityHashMap<Object, Scope> byNode;

    private SymbolTable(Scope module, IdentityHashMap<Object, Scope> byNode) {
        this.module = module;
        this.byNode = byNode;
    }

    /** Runs both passes over {@code m}; throws the first error CPython's symtable would raise. */
    public static SymbolTable build(Module m) throws SyntaxErrorException {
        Errors errors = new Errors(m);
        IdentityHashMap<Object, Scope> byNode = new IdentityHashMap<>();
        Scope top = new SymbolCollector(errors, byNode).collect(m);
        new ScopeAnalyzer(errors).analyze(top);
        SymbolTable table = new SymbolTable(top, byNode);
        table.finish(top);
        return table;
    }

    public Scope module() { return module; }

    /** The file the table was built from. */
    public String fileName() { return ((Module) module.node()).fileName(); }

    /** The scope a Module, FunctionDef, Lambda, ClassDef or comprehension node opens (by identity). */
    public Scope scopeOf(Object astNode) {
        Scope s = byNode.get(astNode);
        if (s == null) {
            throw new IllegalArgumentException("no scope for " + astNode);
        }
        return s;
    }

    /** Every scope, parents before children, in symtable order. */
    public List<Scope> allScopes() {
        List<Scope> out = new ArrayList<>();
        collectAll(module, out);
        return out;
    }

    private static void collectAll(Scope s, List<Scope> out) {
        out.add(s);
        for (Scope c : s.children) {
            collectAll(c, out);
        }
    }

    /** What the compiler derives per code object: qualname, cellvars, freevars, varnames. */
    private void finish(Scope s) {
        s.qualname = qualname(s);
        s.table = this;
        List<String> cells = new ArrayList<>();
        List<String> frees = new ArrayList<>();
        for (Map.Entry<String, Integer> e : s.symbols.entrySet()) {
            SymbolKind k = s.kinds.get(e.getKey());
            if (k == SymbolKind.CELL) {
                cells.add(e.getKey());
            }
            if (k == SymbolKind.FREE || (e.getValue() & Flags.DEF_FREE_CLASS) != 0) {
                frees.add(e.getKey());
            }
        }
        if (s.needsClassClosure()) {
            cells.add("__class__");
        }
        Collections.sort(cells);
        Collections.sort(frees);
        // 3.11 orders co_cellvars as its fast-locals layout: cell parameters first, in parameter
        // order (they keep their argument slot), then the other cells sorted.
        List<String> orderedCells = new ArrayList<>();
        for (String p : s.params) {
            if (cells.contains(p)) {
                orderedCells.add(p);
            }
        }
        for (String c : cells) {
            if (!orderedCells.contains(c)) {
                orderedCells.add(c);
            }
        }
        cells = orderedCells;
        s.cellvars = Collections.unmodifiableList(cells);
        s.freevars = Collections.unmodifiableList(frees);
        for (Scope c : s.children) {
            finish(c);
        }
        Set<String> varnames = new LinkedHashSet<>(s.params);
        if (s.isFunctionLike()) {
            CodeWalker.walk(s, this, new CodeWalker.Sink() {
                @Override
                public void name(String id, Expr.Ctx ctx, int line, boolean callee, boolean live) {
                    if (s.access(id) == Access.FAST) {
                        varnames.add(s.mangle(id));
                    }
                }

                @Override
                public void raw(String opname, String name, int line, boolean live) {
                }

                @Override
                public void coName(String name) {
                }

                @Override
                public void reverseLast(int n, boolean live) {
                }

                @Override
                public void closure(Scope child, int line, boolean live) {
                }
            });
        }
        s.varnames = List.copyOf(varnames);
        List<String> plus = new ArrayList<>(varnames);
        for (String c : cells) {
            if (!varnames.contains(c)) {
                plus.add(c);
            }
        }
        plus.addAll(frees);
        s.localsPlus = Collections.unmodifiableList(plus);
    }

    /** CPython's {@code compiler_set_qualname}. */
    private static String qualname(Scope s) {
        Scope parent = s.parent();
        if (parent == null) {
            return "<module>";
        }
        if (parent.kind() == Scope.Kind.MODULE) {
            return s.name();
        }
        if (s.kind() == Scope.Kind.FUNCTION || s.kind() == Scope.Kind.CLASS) {
            String mangled = Mangler.mangle(parent.privateName(), s.name());
            if (parent.kinds.get(mangled) == SymbolKind.GLOBAL_EXPLICIT) {
                return s.name();
            }
        }
        String base = parent.qualname();
        if (parent.kind() == Scope.Kind.FUNCTION || parent.kind() == Scope.Kind.LAMBDA) {
            base += ".<locals>";
        }
        return base + "." + s.name();
    }
}
