package cellpy.scope;

import static cellpy.scope.Flags.DEF_ANNOT;
import static cellpy.scope.Flags.DEF_COMP_ITER;
import static cellpy.scope.Flags.DEF_GLOBAL;
import static cellpy.scope.Flags.DEF_IMPORT;
import static cellpy.scope.Flags.DEF_LOCAL;
import static cellpy.scope.Flags.DEF_NONLOCAL;
import static cellpy.scope.Flags.DEF_PARAM;
import static cellpy.scope.Flags.USE;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import cellpy.parser.Arguments;
import cellpy.parser.Expr;
import cellpy.parser.Module;
import cellpy.parser.Stmt;

/**
 * The first pass ({@code symtable_visit_*} in CPython): walks the whole file in CPython's order,
 * creating a {@link Scope} per block and recording for every name what the block does with it.
 * It also raises the errors CPython's first pass raises (global/nonlocal after use, duplicate
 * parameters, yield in comprehensions, walrus misuse), so they win over the analysis errors of an
 * earlier line, as in CPython.
 */
final class SymbolCollector {
    private final Errors errors;
    private final IdentityHashMap<Object, Scope> byNode;
    private final List<Scope> stack = new ArrayList<>();
    private Scope cur;
    private Scope top;
    /** CPython's {@code st_private}: the class whose body (or method) we are in, for mangling. */
    private String privateName;

    SymbolCollector(Errors errors, IdentityHashMap<Object, Scope> byNode) {
        this.errors = errors;
        this.byNode = byNode;
    }

    Scope collect(Module m) {
        enter(Scope.Kind.MODULE, "<module>", m, 0, 1);
        top = cur;
        for (Stmt s : m.body()) {
            stmt(s);
        }
        exit();
        return top;
    }

    // ---- blocks -------------------------------------------------------------------------------

    private void enter(Scope.Kind kind, String name, Object node, int line, int firstLine) {
        Scope s = new Scope(kind, name, cur, node, line, firstLine, privateName);
        byNode.put(node, s);
        if (cur != null) {
            // A block opened inside a comprehension's iterable is still inside it, for walrus purposes.
            s.compIterExpr = cur.compIterExpr;
            stack.add(cur);
        }
        cur = s;
    }

    private void exit() {
        cur = stack.isEmpty() ? null : stack.remove(stack.size() - 1);
    }

    // ---- definitions --------------------------------------------------------------------------

    private void addDef(String name, int flag, int line, int col) {
        addDefHelper(name, flag, cur, line, col);
    }

    /** {@code symtable_add_def_helper}. */
    private void addDefHelper(String name, int flag, Scope ste, int line, int col) {
        String mangled = Mangler.mangle(privateName, name);
        Integer old = ste.symbols.get(mangled);
        int val;
        if (old != null) {
            val = old;
            if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0) {
                throw errors.at("duplicate argument '" + name + "' in function definition", line, col);
            }
            val |= flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw errors.at("comprehension inner loop cannot rebind assignment expression target '" + name + "'",
                                line, col);
            }
            val |= DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.params.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            Integer g = top.symbols.get(mangled);
            top.symbols.put(mangled, g == null ? flag : g | flag);
        }
    }

    private int lookup(String name) {
        Integer v = cur.symbols.get(Mangler.mangle(privateName, name));
        return v == null ? 0 : v;
    }

    private void recordDirective(String name, int line, int col) {
        cur.directives.add(new Scope.Directive(Mangler.mangle(privateName, name), line, col));
    }

    // ---- statements ---------------------------------------------------------------------------

    private void stmts(List<Stmt> list) {
        for (Stmt s : list) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                addDef(f.name(), DEF_LOCAL, f.line(), f.col());
                exprs(f.args().defaults());
                exprsWithNull(f.args().kwDefaults());
                annotations(f.args());
                exprs(f.decorators());
                int first = f.decorators().isEmpty() ? f.line() : f.decorators().get(0).line();
                enter(Scope.Kind.FUNCTION, f.name(), f, f.line(), first);
                arguments(f.args());
                stmts(f.body());
                exit();
            }
            case Stmt.ClassDef c -> {
                addDef(c.name(), DEF_LOCAL, c.line(), c.col());
                exprs(c.bases());
                for (Expr.Keyword k : c.keywords()) {
                    expr(k.value());
                }
                exprs(c.decorators());
                int first = c.decorators().isEmpty() ? c.line() : c.decorators().get(0).line();
                String saved = privateName;
                privateName = c.name();
                enter(Scope.Kind.CLASS, c.name(), c, c.line(), first);
                stmts(c.body());
                privateName = saved;
                exit();
            }
            case Stmt.Return r -> {
                if (r.value() != null) {
                    expr(r.value());
                    cur.returnsValue = true;
                }
            }
            case Stmt.Delete d -> exprs(d.targets());
            case Stmt.Assign a -> {
                exprs(a.targets());
                expr(a.value());
            }
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.AugAssign a -> {
                expr(a.target());
                expr(a.value());
            }
            case Stmt.For f -> {
                expr(f.target());
                expr(f.iter());
                stmts(f.body());
                stmts(f.orelse());
            }
            case Stmt.While w -> {
                expr(w.test());
                stmts(w.body());
                stmts(w.orelse());
            }
            case Stmt.If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case Stmt.With w -> {
                for (Stmt.WithItem item : w.items()) {
                    expr(item.contextExpr());
                    if (item.optionalVars() != null) {
                        expr(item.optionalVars());
                    }
                }
                stmts(w.body());
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc());
                    if (r.cause() != null) {
                        expr(r.cause());
                    }
                }
            }
            case Stmt.Try t -> {
                stmts(t.body());
                stmts(t.orelse());
                for (Stmt.ExceptHandler h : t.handlers()) {
                    if (h.type() != null) {
                        expr(h.type());
                    }
                    if (h.name() != null) {
                        addDef(h.name(), DEF_LOCAL, h.line(), h.col());
                    }
                    stmts(h.body());
                }
                stmts(t.finalbody());
            }
            case Stmt.Assert a -> {
                expr(a.test());
                if (a.msg() != null) {
                    expr(a.msg());
                }
            }
            case Stmt.Import i -> {
                for (Stmt.Alias a : i.names()) {
                    alias(a, i.line(), i.col());
                }
            }
            case Stmt.ImportFrom i -> {
                for (Stmt.Alias a : i.names()) {
                    alias(a, i.line(), i.col());
                }
            }
            case Stmt.Global g -> declare(g.names(), true, g.line(), g.col());
            case Stmt.Nonlocal n -> declare(n.names(), false, n.line(), n.col());
            case Stmt.ExprStmt e -> expr(e.value());
            case Stmt.Pass p -> {
            }
            case Stmt.Break b -> {
            }
            case Stmt.Continue c -> {
            }
        }
    }

    private void annAssign(Stmt.AnnAssign a) {
        // The AST has no "simple" flag: a bare Name target counts as simple, "(x): int" does not exist here.
        if (a.target() instanceof Expr.Name n) {
            int cur0 = lookup(n.id());
            if ((cur0 & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != top) {
                String msg = (cur0 & DEF_GLOBAL) != 0 ? "annotated name '" + n.id() + "' can't be global"
                                : "annotated name '" + n.id() + "' can't be nonlocal";
                throw errors.at(msg, a.line(), a.col());
            }
            addDef(n.id(), DEF_ANNOT | DEF_LOCAL, n.line(), n.col());
        } else {
            expr(a.target());
        }
        expr(a.annotation());
        if (a.value() != null) {
            expr(a.value());
        }
    }

    private void declare(List<String> names, boolean global, int line, int col) {
        String what = global ? "global" : "nonlocal";
        for (String name : names) {
            int flags = lookup(name);
            if ((flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((flags & DEF_PARAM) != 0) {
                    msg = "name '" + name + "' is parameter and " + what;
                } else if ((flags & USE) != 0) {
                    msg = "name '" + name + "' is used prior to " + what + " declaration";
                } else if ((flags & DEF_ANNOT) != 0) {
                    msg = "annotated name '" + name + "' can't be " + what;
                } else {
                    msg = "name '" + name + "' is assigned to before " + what + " declaration";
                }
                throw errors.at(msg, line, col);
            }
            addDef(name, global ? DEF_GLOBAL : DEF_NONLOCAL, line, col);
            recordDirective(name, line, col);
        }
    }

    private void alias(Stmt.Alias a, int line, int col) {
        String name = a.asname() != null ? a.asname() : a.name();
        int dot = name.indexOf('.');
        String store = dot >= 0 ? name.substring(0, dot) : name;
        if (!name.equals("*")) {
            addDef(store, DEF_IMPORT, line, col);
        } else if (cur.kind() != Scope.Kind.MODULE) {
            throw errors.at("import * only allowed at module level", line, col);
        }
    }

    private void annotations(Arguments a) {
        for (Arguments.Arg arg : a.posonlyargs()) {
            annotation(arg);
        }
        for (Arguments.Arg arg : a.args()) {
            annotation(arg);
        }
        annotation(a.vararg());
        annotation(a.kwarg());
        for (Arguments.Arg arg : a.kwonlyargs()) {
            annotation(arg);
        }
    }

    private void annotation(Arguments.Arg arg) {
        if (arg != null && arg.annotation() != null) {
            expr(arg.annotation());
        }
    }

    private void arguments(Arguments a) {
        params(a.posonlyargs());
        params(a.args());
        params(a.kwonlyargs());
        if (a.vararg() != null) {
            addDef(a.vararg().name(), DEF_PARAM, a.vararg().line(), a.vararg().col());
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().name(), DEF_PARAM, a.kwarg().line(), a.kwarg().col());
            cur.varkw = true;
        }
        cur.posonlyargcount = a.posonlyargs().size();
        cur.argcount = a.posonlyargs().size() + a.args().size();
        cur.kwonlyargcount = a.kwonlyargs().size();
    }

    private void params(List<Arguments.Arg> args) {
        for (Arguments.Arg arg : args) {
            addDef(arg.name(), DEF_PARAM, arg.line(), arg.col());
        }
    }

    // ---- expressions --------------------------------------------------------------------------

    private void exprs(List<Expr> list) {
        for (Expr e : list) {
            expr(e);
        }
    }

    private void exprsWithNull(List<Expr> list) {
        for (Expr e : list) {
            if (e != null) {
                expr(e);
            }
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.NamedExpr n -> namedExpr(n);
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.Lambda l -> {
                exprs(l.args().defaults());
                exprsWithNull(l.args().kwDefaults());
                enter(Scope.Kind.LAMBDA, "<lambda>", l, l.line(), l.line());
                arguments(l.args());
                expr(l.body());
                exit();
            }
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.DictExpr d -> {
                exprsWithNull(d.keys());
                exprs(d.values());
            }
            case Expr.SetExpr s -> exprs(s.elts());
            case Expr.GeneratorExp g -> comprehension(g, Scope.Kind.GENEXP, "<genexpr>", g.generators(), g.elt(), null);
            case Expr.ListComp c -> comprehension(c, Scope.Kind.LISTCOMP, "<listcomp>", c.generators(), c.elt(), null);
            case Expr.SetComp c -> comprehension(c, Scope.Kind.SETCOMP, "<setcomp>", c.generators(), c.elt(), null);
            case Expr.DictComp c -> comprehension(c, Scope.Kind.DICTCOMP, "<dictcomp>", c.generators(), c.key(),
                            c.value());
            case Expr.Yield y -> {
                if (y.value() != null) {
                    expr(y.value());
                }
                yielded(e);
            }
            case Expr.YieldFrom y -> {
                expr(y.value());
                yielded(e);
            }
            case Expr.Compare c -> {
                expr(c.left());
                exprs(c.comparators());
            }
            case Expr.Call c -> {
                expr(c.func());
                exprs(c.args());
                for (Expr.Keyword k : c.keywords()) {
                    expr(k.value());
                }
            }
            case Expr.FormattedValue f -> {
                expr(f.value());
                if (f.formatSpec() != null) {
                    expr(f.formatSpec());
                }
            }
            case Expr.JoinedStr j -> exprs(j.values());
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Expr.Starred s -> expr(s.value());
            case Expr.Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower());
                }
                if (s.upper() != null) {
                    expr(s.upper());
                }
                if (s.step() != null) {
                    expr(s.step());
                }
            }
            case Expr.Name n -> {
                addDef(n.id(), n.ctx() == Expr.Ctx.LOAD ? USE : DEF_LOCAL, n.line(), n.col());
                if (n.ctx() == Expr.Ctx.LOAD && cur.isFunctionLike() && n.id().equals("super")) {
                    addDef("__class__", USE, n.line(), n.col());
                }
            }
            case Expr.ListExpr l -> exprs(l.elts());
            case Expr.TupleExpr t -> exprs(t.elts());
            case Expr.IntLit i -> {
            }
            case Expr.FloatLit f -> {
            }
            case Expr.StrLit s -> {
            }
            case Expr.BoolLit b -> {
            }
            case Expr.NoneLit n -> {
            }
            case Expr.EllipsisLit el -> {
            }
        }
    }

    private void yielded(Expr e) {
        cur.generator = true;
        if (cur.isComprehension()) {
            String where = switch (cur.kind()) {
                case LISTCOMP -> "list comprehension";
                case SETCOMP -> "set comprehension";
                case DICTCOMP -> "dict comprehension";
                default -> "generator expression";
            };
            throw errors.at("'yield' inside " + where, e.line(), e.col());
        }
    }

    /** {@code symtable_handle_comprehension}. */
    private void comprehension(Expr e, Scope.Kind kind, String name, List<Expr.Comprehension> generators,
                    Expr elt, Expr value) {
        Expr.Comprehension outermost = generators.get(0);
        cur.compIterExpr++;
        expr(outermost.iter());
        cur.compIterExpr--;
        enter(kind, name, e, e.line(), e.line());
        addDef(".0", DEF_PARAM, e.line(), e.col());
        cur.argcount = 1;
        cur.compIterTarget = true;
        expr(outermost.target());
        cur.compIterTarget = false;
        exprs(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            Expr.Comprehension g = generators.get(i);
            cur.compIterTarget = true;
            expr(g.target());
            cur.compIterTarget = false;
            cur.compIterExpr++;
            expr(g.iter());
            cur.compIterExpr--;
            exprs(g.ifs());
        }
        if (value != null) {
            expr(value);
        }
        expr(elt);
        cur.generator = kind == Scope.Kind.GENEXP;
        exit();
    }

    /** {@code symtable_handle_namedexpr}. */
    private void namedExpr(Expr.NamedExpr n) {
        if (cur.compIterExpr > 0) {
            throw errors.at("assignment expression cannot be used in a comprehension iterable expression",
                            n.line(), n.col());
        }
        if (cur.isComprehension()) {
            extendNamedExprScope(n.target());
        }
        expr(n.value());
        expr(n.target());
    }

    /** {@code symtable_extend_namedexpr_scope}: bind a comprehension's walrus target outside it. */
    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        int line = target.line();
        int col = target.col();
        for (int i = stack.size(); i >= 0; i--) {
            Scope ste = i == stack.size() ? cur : stack.get(i);
            if (ste.isComprehension()) {
                Integer inScope = ste.symbols.get(name);
                if (inScope != null && (inScope & DEF_COMP_ITER) != 0) {
                    throw errors.at("assignment expression cannot rebind comprehension iteration variable '" + name
                                    + "'", line, col);
                }
                continue;
            }
            if (ste.isFunctionLike()) {
                Integer inScope = ste.symbols.get(name);
                if (inScope != null && (inScope & DEF_GLOBAL) != 0) {
                    addDef(name, DEF_GLOBAL, line, col);
                } else {
                    addDef(name, DEF_NONLOCAL, line, col);
                }
                recordDirective(name, line, col);
                addDefHelper(name, DEF_LOCAL, ste, line, col);
                return;
            }
            if (ste.kind() == Scope.Kind.MODULE) {
                addDef(name, DEF_GLOBAL, line, col);
                recordDirective(name, line, col);
                addDefHelper(name, DEF_GLOBAL, ste, line, col);
                return;
            }
            throw errors.at("assignment expression within a comprehension cannot be used in a class body", line,
                            col);
        }
        throw new IllegalStateException("no scope for walrus target");
    }
}
