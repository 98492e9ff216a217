package cellpy.parser;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SyntaxErrors CPython raises after parsing succeeded: first those of its symbol table pass
 * (duplicate parameters, {@code yield} in a comprehension, module-level {@code nonlocal}), then
 * those of its compiler ({@code return}/{@code yield} outside a function, {@code break}/
 * {@code continue} outside a loop, repeated keyword arguments, misplaced starred expressions).
 * Each pass reports the first error in source order, as CPython does.
 */
final class Validator {
    private enum Scope { MODULE, FUNCTION, CLASS, COMPREHENSION }

    private final String fileName;
    private final List<String> lines;
    private final Map<Expr, int[]> ends;

    private Validator(String fileName, List<String> lines, Map<Expr, int[]> ends) {
        this.fileName = fileName;
        this.lines = lines;
        this.ends = ends;
    }

    static void check(List<Stmt> body, String fileName, List<String> lines, Map<Expr, int[]> ends) {
        Validator v = new Validator(fileName, lines, ends);
        SymtablePass s = v.new SymtablePass();
        v.symtablePass = s;
        s.stmts(body, Scope.MODULE, null);
        CompilerPass c = v.new CompilerPass();
        c.stmts(body, Scope.MODULE, false);
    }

    private String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : null;
    }

    private SyntaxErrorException at(String msg, int line, int col, int endCol) {
        return new SyntaxErrorException("SyntaxError", msg, fileName, line, col, endCol, line(line));
    }

    private SyntaxErrorException atStmt(String msg, Stmt s) {
        String l = line(s.line());
        int end = l == null ? -1 : l.stripTrailing().length();
        int hash = l == null ? -1 : l.indexOf('#', s.col());
        if (hash >= 0 && l.indexOf('\'') < 0 && l.indexOf('"') < 0) {
            end = l.substring(0, hash).stripTrailing().length();
        }
        return at(msg, s.line(), s.col(), end > s.col() ? end : -1);
    }

    private SyntaxErrorException atExpr(String msg, Expr e) {
        int[] end = ends.get(e);
        return at(msg, e.line(), e.col(), end != null && end[0] == e.line() ? end[1] : -1);
    }

    /** Walks every expression of a statement list; subclasses decide what each pass checks. */
    private abstract class Walker<C> {
        abstract void stmt(Stmt s, C ctx);

        void stmtsIn(List<Stmt> body, C ctx) {
            for (Stmt s : body) {
                stmt(s, ctx);
            }
        }

        abstract void expr(Expr e, C ctx);

        void exprs(List<Expr> es, C ctx) {
            for (Expr e : es) {
                if (e != null) {
                    expr(e, ctx);
                }
            }
        }

        void opt(Expr e, C ctx) {
            if (e != null) {
                expr(e, ctx);
            }
        }

        /** Defaults, then annotations, of a parameter list (evaluated in the enclosing scope). */
        void argumentParts(Arguments a, C ctx) {
            exprs(a.defaults(), ctx);
            exprs(a.kwDefaults(), ctx);
            for (List<Arguments.Arg> group : List.of(a.posonlyargs(), a.args(), a.kwonlyargs())) {
                for (Arguments.Arg arg : group) {
                    opt(arg.annotation(), ctx);
                }
            }
            if (a.vararg() != null) {
                opt(a.vararg().annotation(), ctx);
            }
            if (a.kwarg() != null) {
                opt(a.kwarg().annotation(), ctx);
            }
        }
    }

    /** Context of the symtable pass: the kind of scope and, in a comprehension, its name. */
    private record SymCtx(Scope scope, String comprehension) {}

    private final class SymtablePass extends Walker<SymCtx> {
        void stmts(List<Stmt> body, Scope scope, String comp) {
            stmtsIn(body, new SymCtx(scope, comp));
        }

        private void duplicateArgs(Arguments a) {
            Set<String> seen = new HashSet<>();
            List<Arguments.Arg> all = new java.util.ArrayList<>();
            all.addAll(a.posonlyargs());
            all.addAll(a.args());
            all.addAll(a.kwonlyargs());
            if (a.vararg() != null) {
                all.add(a.vararg());
            }
            if (a.kwarg() != null) {
                all.add(a.kwarg());
            }
            for (Arguments.Arg arg : all) {
                if (!seen.add(arg.name())) {
                    throw at("duplicate argument '" + arg.name() + "' in function definition", arg.line(), arg.col(),
                                    arg.col() + arg.name().length());
                }
            }
        }

        @Override
        void stmt(Stmt s, SymCtx c) {
            switch (s) {
                case Stmt.FunctionDef f -> {
                    exprs(f.decorators(), c);
                    argumentParts(f.args(), c);
                    duplicateArgs(f.args());
                    stmts(f.body(), Scope.FUNCTION, null);
                }
                case Stmt.ClassDef k -> {
                    exprs(k.decorators(), c);
                    exprs(k.bases(), c);
                    for (Expr.Keyword kw : k.keywords()) {
                        expr(kw.value(), c);
                    }
                    stmts(k.body(), Scope.CLASS, null);
                }
                case Stmt.Return r -> opt(r.value(), c);
                case Stmt.Delete d -> exprs(d.targets(), c);
                case Stmt.Assign a -> {
                    expr(a.value(), c);
                    exprs(a.targets(), c);
                }
                case Stmt.AugAssign a -> {
                    expr(a.target(), c);
                    expr(a.value(), c);
                }
                case Stmt.AnnAssign a -> {
                    expr(a.target(), c);
                    expr(a.annotation(), c);
                    opt(a.value(), c);
                }
                case Stmt.For f -> {
                    expr(f.target(), c);
                    expr(f.iter(), c);
                    stmtsIn(f.body(), c);
                    stmtsIn(f.orelse(), c);
                }
                case Stmt.While w -> {
                    expr(w.test(), c);
                    stmtsIn(w.body(), c);
                    stmtsIn(w.orelse(), c);
                }
                case Stmt.If i -> {
                    expr(i.test(), c);
                    stmtsIn(i.body(), c);
                    stmtsIn(i.orelse(), c);
                }
                case Stmt.With w -> {
                    for (Stmt.WithItem item : w.items()) {
                        expr(item.contextExpr(), c);
                        opt(item.optionalVars(), c);
                    }
                    stmtsIn(w.body(), c);
                }
                case Stmt.Raise r -> {
                    opt(r.exc(), c);
                    opt(r.cause(), c);
                }
                case Stmt.Try t -> {
                    stmtsIn(t.body(), c);
                    for (Stmt.ExceptHandler h : t.handlers()) {
                        opt(h.type(), c);
                        stmtsIn(h.body(), c);
                    }
                    stmtsIn(t.orelse(), c);
                    stmtsIn(t.finalbody(), c);
                }
                case Stmt.Assert a -> {
                    expr(a.test(), c);
                    opt(a.msg(), c);
                }
                // module-level nonlocal is the symbol table's error: it checks binding order first
                case Stmt.ExprStmt e -> expr(e.value(), c);
                default -> { }
            }
        }

        private void comprehension(Expr elt, Expr value, List<Expr.Comprehension> gens, String kind, SymCtx c) {
            expr(gens.get(0).iter(), c);
            SymCtx inner = new SymCtx(Scope.COMPREHENSION, kind);
            for (int k = 0; k < gens.size(); k++) {
                Expr.Comprehension g = gens.get(k);
                expr(g.target(), inner);
                if (k > 0) {
                    expr(g.iter(), inner);
                }
                exprs(g.ifs(), inner);
            }
            expr(elt, inner);
            opt(value, inner);
        }

        @Override
        void expr(Expr e, SymCtx c) {
            switch (e) {
                case Expr.Yield y -> {
                    if (c.scope() == Scope.COMPREHENSION) {
                        throw atExpr("'yield' inside " + c.comprehension(), e);
                    }
                    opt(y.value(), c);
                }
                case Expr.YieldFrom y -> {
                    if (c.scope() == Scope.COMPREHENSION) {
                        throw atExpr("'yield' inside " + c.comprehension(), e);
                    }
                    expr(y.value(), c);
                }
                case Expr.Lambda l -> {
                    argumentParts(l.args(), c);
                    duplicateArgs(l.args());
                    expr(l.body(), new SymCtx(Scope.FUNCTION, null));
                }
                case Expr.ListComp l -> comprehension(l.elt(), null, l.generators(), "list comprehension", c);
                case Expr.SetComp l -> comprehension(l.elt(), null, l.generators(), "set comprehension", c);
                case Expr.DictComp d -> comprehension(d.key(), d.value(), d.generators(), "dict comprehension", c);
                case Expr.GeneratorExp g -> comprehension(g.elt(), null, g.generators(), "generator expression", c);
                default -> children(e, c);
            }
        }
    }

    /** Visits the direct sub-expressions of a node without a scope of its own. */
    private <C> void childrenOf(Walker<C> w, Expr e, C c) {
        switch (e) {
            case Expr.JoinedStr j -> w.exprs(j.values(), c);
            case Expr.FormattedValue f -> {
                w.expr(f.value(), c);
                w.opt(f.formatSpec(), c);
            }
            case Expr.BinOp b -> {
                w.expr(b.left(), c);
                w.expr(b.right(), c);
            }
            case Expr.UnaryOp u -> w.expr(u.operand(), c);
            case Expr.BoolOp b -> w.exprs(b.values(), c);
            case Expr.Compare k -> {
                w.expr(k.left(), c);
                w.exprs(k.comparators(), c);
            }
            case Expr.IfExp i -> {
                w.expr(i.test(), c);
                w.expr(i.body(), c);
                w.expr(i.orelse(), c);
            }
            case Expr.NamedExpr n -> {
                w.expr(n.value(), c);
                w.expr(n.target(), c);
            }
            case Expr.Call k -> {
                w.expr(k.func(), c);
                w.exprs(k.args(), c);
                for (Expr.Keyword kw : k.keywords()) {
                    w.expr(kw.value(), c);
                }
            }
            case Expr.Attribute a -> w.expr(a.value(), c);
            case Expr.Subscript s -> {
                w.expr(s.value(), c);
                w.expr(s.slice(), c);
            }
            case Expr.Slice s -> {
                w.opt(s.lower(), c);
                w.opt(s.upper(), c);
                w.opt(s.step(), c);
            }
            case Expr.Starred s -> w.expr(s.value(), c);
            case Expr.ListExpr l -> w.exprs(l.elts(), c);
            case Expr.TupleExpr t -> w.exprs(t.elts(), c);
            case Expr.SetExpr s -> w.exprs(s.elts(), c);
            case Expr.DictExpr d -> {
                for (int k = 0; k < d.keys().size(); k++) {
                    w.opt(d.keys().get(k), c);
                    w.expr(d.values().get(k), c);
                }
            }
            case Expr.Yield y -> w.opt(y.value(), c);
            case Expr.YieldFrom y -> w.expr(y.value(), c);
            default -> { }
        }
    }

    private void children(Expr e, SymCtx c) {
        childrenOf(symtablePass, e, c);
    }

    private SymtablePass symtablePass;

    /** Context of the compiler pass: scope kind and whether a loop encloses the statement. */
    private record CompCtx(Scope scope, boolean inLoop) {}

    private final class CompilerPass extends Walker<CompCtx> {
        void stmts(List<Stmt> body, Scope scope, boolean inLoop) {
            stmtsIn(body, new CompCtx(scope, inLoop));
        }

        private void keywords(List<Expr.Keyword> kws) {
            Set<String> seen = new HashSet<>();
            for (Expr.Keyword k : kws) {
                if (k.arg() != null && !seen.add(k.arg())) {
                    int[] end = ends.get(k.value());
                    throw at("keyword argument repeated: " + k.arg(), k.line(), k.col(),
                                    end != null && end[0] == k.line() ? end[1] : -1);
                }
            }
        }

        /** An assignment target: a bare starred one is an error, tuples may hold one star. */
        private void target(Expr t, CompCtx c) {
            if (t instanceof Expr.Starred) {
                throw atExpr("starred assignment target must be in a list or tuple", t);
            }
            storeTarget(t, c);
        }

        private void storeTarget(Expr t, CompCtx c) {
            List<Expr> elts = t instanceof Expr.TupleExpr tu ? tu.elts() : t instanceof Expr.ListExpr l ? l.elts() : null;
            if (elts == null) {
                expr(t, c);
                return;
            }
            int stars = 0;
            for (Expr x : elts) {
                if (x instanceof Expr.Starred) {
                    stars++;
                }
            }
            if (stars > 1) {
                throw atExpr("multiple starred expressions in assignment", t);
            }
            for (Expr x : elts) {
                if (x instanceof Expr.Starred s) {
                    storeTarget(s.value(), c);
                } else {
                    storeTarget(x, c);
                }
            }
        }

        @Override
        void stmt(Stmt s, CompCtx c) {
            switch (s) {
                case Stmt.FunctionDef f -> {
                    exprs(f.decorators(), c);
                    argumentParts(f.args(), c);
                    stmts(f.body(), Scope.FUNCTION, false);
                }
                case Stmt.ClassDef k -> {
                    exprs(k.decorators(), c);
                    exprs(k.bases(), c);
                    keywords(k.keywords());
                    for (Expr.Keyword kw : k.keywords()) {
                        expr(kw.value(), c);
                    }
                    stmts(k.body(), Scope.CLASS, false);
                }
                case Stmt.Return r -> {
                    if (c.scope() != Scope.FUNCTION) {
                        throw atStmt("'return' outside function", s);
                    }
                    opt(r.value(), c);
                }
                case Stmt.Delete d -> exprs(d.targets(), c);
                case Stmt.Assign a -> {
                    expr(a.value(), c);
                    for (Expr t : a.targets()) {
                        target(t, c);
                    }
                }
                case Stmt.AugAssign a -> {
                    expr(a.target(), c);
                    expr(a.value(), c);
                }
                case Stmt.AnnAssign a -> {
                    opt(a.value(), c);
                    expr(a.target(), c);
                    expr(a.annotation(), c);
                }
                case Stmt.For f -> {
                    expr(f.iter(), c);
                    target(f.target(), c);
                    stmtsIn(f.body(), new CompCtx(c.scope(), true));
                    stmtsIn(f.orelse(), c);
                }
                case Stmt.While w -> {
                    expr(w.test(), c);
                    stmtsIn(w.body(), new CompCtx(c.scope(), true));
                    stmtsIn(w.orelse(), c);
                }
                case Stmt.If i -> {
                    expr(i.test(), c);
                    stmtsIn(i.body(), c);
                    stmtsIn(i.orelse(), c);
                }
                case Stmt.With w -> {
                    for (Stmt.WithItem item : w.items()) {
                        expr(item.contextExpr(), c);
                        if (item.optionalVars() != null) {
                            target(item.optionalVars(), c);
                        }
                    }
                    stmtsIn(w.body(), c);
                }
                case Stmt.Raise r -> {
                    opt(r.exc(), c);
                    opt(r.cause(), c);
                }
                case Stmt.Try t -> {
                    stmtsIn(t.body(), c);
                    for (Stmt.ExceptHandler h : t.handlers()) {
                        opt(h.type(), c);
                        stmtsIn(h.body(), c);
                    }
                    stmtsIn(t.orelse(), c);
                    stmtsIn(t.finalbody(), c);
                }
                case Stmt.Assert a -> {
                    expr(a.test(), c);
                    opt(a.msg(), c);
                }
                case Stmt.ExprStmt e -> expr(e.value(), c);
                case Stmt.Break b -> {
                    if (!c.inLoop()) {
                        throw atStmt("'break' outside loop", s);
                    }
                }
                case Stmt.Continue k -> {
                    if (!c.inLoop()) {
                        throw atStmt("'continue' not properly in loop", s);
                    }
                }
                default -> { }
            }
        }

        private void elements(List<Expr> elts, CompCtx c) {
            for (Expr x : elts) {
                if (x instanceof Expr.Starred s) {
                    expr(s.value(), c);
                } else {
                    expr(x, c);
                }
            }
        }

        private void comprehension(Expr elt, Expr value, List<Expr.Comprehension> gens, CompCtx c) {
            CompCtx inner = new CompCtx(Scope.FUNCTION, false);
            expr(gens.get(0).iter(), c);
            for (int k = 0; k < gens.size(); k++) {
                Expr.Comprehension g = gens.get(k);
                target(g.target(), inner);
                if (k > 0) {
                    expr(g.iter(), inner);
                }
                exprs(g.ifs(), inner);
            }
            expr(elt, inner);
            opt(value, inner);
        }

        @Override
        void expr(Expr e, CompCtx c) {
            switch (e) {
                case Expr.Yield y -> {
                    if (c.scope() != Scope.FUNCTION) {
                        throw atExpr("'yield' outside function", e);
                    }
                    opt(y.value(), c);
                }
                case Expr.YieldFrom y -> {
                    if (c.scope() != Scope.FUNCTION) {
                        throw atExpr("'yield' outside function", e);
                    }
                    expr(y.value(), c);
                }
                case Expr.Starred s -> {
                    if (s.ctx() == Expr.Ctx.STORE) {
                        throw atExpr("starred assignment target must be in a list or tuple", e);
                    }
                    throw atExpr("can't use starred expression here", e);
                }
                case Expr.TupleExpr t -> {
                    if (t.ctx() == Expr.Ctx.STORE) {
                        storeTarget(t, c);
                    } else {
                        elements(t.elts(), c);
                    }
                }
                case Expr.ListExpr l -> {
                    if (l.ctx() == Expr.Ctx.STORE) {
                        storeTarget(l, c);
                    } else {
                        elements(l.elts(), c);
                    }
                }
                case Expr.SetExpr s -> elements(s.elts(), c);
                case Expr.Call k -> {
                    expr(k.func(), c);
                    elements(k.args(), c);
                    keywords(k.keywords());
                    for (Expr.Keyword kw : k.keywords()) {
                        expr(kw.value(), c);
                    }
                }
                case Expr.Lambda l -> {
                    argumentParts(l.args(), c);
                    expr(l.body(), new CompCtx(Scope.FUNCTION, false));
                }
                case Expr.ListComp l -> comprehension(l.elt(), null, l.generators(), c);
                case Expr.SetComp l -> comprehension(l.elt(), null, l.generators(), c);
                case Expr.DictComp d -> comprehension(d.key(), d.value(), d.generators(), c);
                case Expr.GeneratorExp g -> comprehension(g.elt(), null, g.generators(), c);
                default -> childrenOf(this, e, c);
            }
        }
    }
}
