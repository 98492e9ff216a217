package cellpy.scope;

import java.util.ArrayList;
import java.util.List;

import cellpy.parser.Arguments;
import cellpy.parser.Expr;
import cellpy.parser.Stmt;

/**
 * Walks the code of one scope in the order CPython 3.11's compiler emits it (values before
 * targets, decorators before defaults, a {@code finally} body once per way out of the
 * {@code try}, a while test at the top and again at the bottom), reporting each variable access.
 * This order, not the symtable's, is what fixes {@code co_varnames} past the parameters, and it is
 * the order {@code dis} shows. Nested scopes are not entered; their creation is reported.
 */
final class CodeWalker {

    /** What the walk reports. Names are given unmangled; the scope's {@link Scope#access} mangles. */
    interface Sink {
        /**
         * A load, store or delete of a variable, via {@code compiler_nameop}. {@code live} is false
         * in code CPython compiles (so it counts for co_varnames) but then drops as unreachable.
         */
        void name(String id, Expr.Ctx ctx, int line, boolean callee, boolean live);

        /** An opcode with a fixed name operand that does not go through the symtable. */
        void raw(String opname, String name, int line, boolean live);

        /** A name entering {@code co_names} without being a variable (attribute, import). */
        void coName(String name);

        /**
         * The optimizer reversed the last {@code n} stores ({@code a, b = b, a}): only the listing
         * sees this, co_varnames is fixed before.
         */
        void reverseLast(int n, boolean live);

        /** The function, lambda, class body or comprehension {@code child} is made here. */
        void closure(Scope child, int line, boolean live);
    }

    private final Scope scope;
    private final SymbolTable table;
    private final Sink sink;
    /** The compiler's frame-block stack, as far as unwinding by return/break/continue needs it. */
    private final List<Object> fblocks = new ArrayList<>();

    /** The name that would directly follow a PUSH_NULL (the leftmost name of a plain call's callee). */
    private Expr.Name nullTarget;

    /** Whether the code being walked is reachable; CPython compiles dead code, then drops it. */
    private boolean live = true;

    private record FinallyBlock(List<Stmt> body) {}

    private record HandlerCleanup(String name, int line) {}

    /** A loop on the block stack; remembers whether a reachable {@code break} leaves it. */
    private static final class Loop {
        boolean broken;
    }

    private static final Object OTHER = new Object();

    private CodeWalker(Scope scope, SymbolTable table, Sink sink) {
        this.scope = scope;
        this.table = table;
        this.sink = sink;
    }

    static void walk(Scope scope, SymbolTable table, Sink sink) {
        new CodeWalker(scope, table, sink).walkScope();
    }

    private void walkScope() {
        switch (scope.node()) {
            case cellpy.parser.Module m -> body(m.body());
            case Stmt.FunctionDef f -> {
                List<Stmt> b = f.body();
                stmts(docstring(b) ? b.subList(1, b.size()) : b);
            }
            case Stmt.ClassDef c -> {
                sink.name("__name__", Expr.Ctx.LOAD, c.line(), false, live);
                sink.name("__module__", Expr.Ctx.STORE, c.line(), false, live);
                sink.name("__qualname__", Expr.Ctx.STORE, c.line(), false, live);
                body(c.body());
                if (scope.needsClassClosure()) {
                    sink.raw("LOAD_CLOSURE", "__class__", c.line(), live);
                    sink.name("__classcell__", Expr.Ctx.STORE, c.line(), false, live);
                }
            }
            case Expr.Lambda l -> expr(l.body());
            case Expr.ListComp c -> comprehension(c.generators(), c.elt(), null);
            case Expr.SetComp c -> comprehension(c.generators(), c.elt(), null);
            case Expr.GeneratorExp c -> comprehension(c.generators(), c.elt(), null);
            case Expr.DictComp c -> comprehension(c.generators(), c.key(), c.value());
            default -> throw new IllegalStateException("not a scope node: " + scope.node());
        }
    }

    private static boolean docstring(List<Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.StrLit;
    }

    /** {@code compiler_body} for the module and class bodies: the docstring becomes {@code __doc__}. */
    private void body(List<Stmt> body) {
        if (docstring(body)) {
            sink.name("__doc__", Expr.Ctx.STORE, body.get(0).line(), false, live);
            stmts(body.subList(1, body.size()));
        } else {
            stmts(body);
        }
    }

    private void comprehension(List<Expr.Comprehension> generators, Expr elt, Expr value) {
        for (int i = 0; i < generators.size(); i++) {
            Expr.Comprehension g = generators.get(i);
            if (i == 0) {
                sink.name(".0", Expr.Ctx.LOAD, ((Expr) scope.node()).line(), false, live);
            } else {
                expr(g.iter());
            }
            expr(g.target());
            for (Expr test : g.ifs()) {
                expr(test);
                if (truth(test) == Boolean.FALSE) {
                    live = false;
                }
            }
        }
        expr(elt);
        if (value != null) {
            expr(value);
        }
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
                exprs(f.decorators());
                defaults(f.args());
                argAnnotations(f.args());
                sink.closure(table.scopeOf(f), f.line(), live);
                sink.name(f.name(), Expr.Ctx.STORE, f.line(), false, live);
            }
            case Stmt.ClassDef c -> {
                exprs(c.decorators());
                sink.closure(table.scopeOf(c), c.line(), live);
                exprs(c.bases());
                for (Expr.Keyword k : c.keywords()) {
                    expr(k.value());
                }
                sink.name(c.name(), Expr.Ctx.STORE, c.line(), false, live);
            }
            case Stmt.Return r -> {
                if (r.value() != null) {
                    expr(r.value());
                }
                unwind(false);
                live = false;
            }
            case Stmt.Delete d -> exprs(d.targets());
            case Stmt.Assign a -> {
                expr(a.value());
                exprs(a.targets());
                if (swapsStores(a)) {
                    sink.reverseLast(elements(a.targets().get(0)).size(), live);
                }
            }
            case Stmt.AugAssign a -> {
                switch (a.target()) {
                    case Expr.Name n -> sink.name(n.id(), Expr.Ctx.LOAD, n.line(), false, live);
                    case Expr.Attribute at -> {
                        expr(at.value());
                        sink.coName(scope.mangle(at.attr()));
                    }
                    case Expr.Subscript sub -> {
                        expr(sub.value());
                        expr(sub.slice());
                    }
                    default -> expr(a.target());
                }
                expr(a.value());
                switch (a.target()) {
                    case Expr.Name n -> sink.name(n.id(), Expr.Ctx.STORE, n.line(), false, live);
                    default -> {
                    }
                }
            }
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.For f -> {
                expr(f.iter());
                boolean start = live;
                Loop loop = new Loop();
                fblocks.add(loop);
                expr(f.target());
                stmts(f.body());
                fblocks.remove(fblocks.size() - 1);
                live = start;
                stmts(f.orelse());
                live |= loop.broken;
            }
            case Stmt.While w -> {
                boolean start = live;
                Boolean truth = truth(w.test());
                Loop loop = new Loop();
                fblocks.add(loop);
                expr(w.test());
                live = start && truth != Boolean.FALSE;
                stmts(w.body());
                if (truth == null) {
                    expr(w.test());
                }
                fblocks.remove(fblocks.size() - 1);
                live = start && truth != Boolean.TRUE;
                stmts(w.orelse());
                live |= loop.broken;
            }
            case Stmt.If i -> {
                boolean start = live;
                Boolean truth = truth(i.test());
                expr(i.test());
                live = start && truth != Boolean.FALSE;
                stmts(i.body());
                boolean bodyEnd = live;
                live = start && truth != Boolean.TRUE;
                stmts(i.orelse());
                live |= bodyEnd;
            }
            case Stmt.With w -> {
                boolean start = live;
                with(w, 0);
                live |= start; // __exit__ may swallow an exception of the body
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc());
                    if (r.cause() != null) {
                        expr(r.cause());
                    }
                }
                live = false;
            }
            case Stmt.Try t -> {
                if (!t.finalbody().isEmpty()) {
                    boolean start = live;
                    fblocks.add(new FinallyBlock(t.finalbody()));
                    if (!t.handlers().isEmpty()) {
                        tryExcept(t);
                    } else {
                        stmts(t.body());
                    }
                    fblocks.remove(fblocks.size() - 1);
                    stmts(t.finalbody());
                    boolean end = live;
                    live = start;
                    fblocks.add(OTHER);
                    stmts(t.finalbody());
                    fblocks.remove(fblocks.size() - 1);
                    live = end;
                } else {
                    tryExcept(t);
                }
            }
            case Stmt.Assert a -> {
                expr(a.test());
                if (a.msg() != null) {
                    expr(a.msg());
                }
            }
            case Stmt.Import i -> {
                for (Stmt.Alias a : i.names()) {
                    sink.coName(a.name());
                    if (a.asname() != null) {
                        String[] parts = a.name().split("\\.");
                        for (int k = 1; k < parts.length; k++) {
                            sink.coName(parts[k]);
                        }
                        sink.name(a.asname(), Expr.Ctx.STORE, i.line(), false, live);
                    } else {
                        int dot = a.name().indexOf('.');
                        sink.name(dot >= 0 ? a.name().substring(0, dot) : a.name(), Expr.Ctx.STORE, i.line(), false, live);
                    }
                }
            }
            case Stmt.ImportFrom i -> {
                sink.coName(i.module() == null ? "" : i.module());
                for (Stmt.Alias a : i.names()) {
                    if (a.name().equals("*")) {
                        continue;
                    }
                    sink.coName(a.name());
                    sink.name(a.asname() != null ? a.asname() : a.name(), Expr.Ctx.STORE, i.line(), false, live);
                }
            }
            case Stmt.ExprStmt e -> expr(e.value());
            case Stmt.Break b -> {
                Loop loop = unwind(true);
                if (loop != null && live) {
                    loop.broken = true;
                }
                live = false;
            }
            case Stmt.Continue c -> {
                unwind(true);
                live = false;
            }
            case Stmt.Global g -> {
            }
            case Stmt.Nonlocal n -> {
            }
            case Stmt.Pass p -> {
            }
        }
    }

    private void annAssign(Stmt.AnnAssign a) {
        boolean evaluated = !scope.isFunctionLike();
        if (a.value() != null) {
            expr(a.value());
            expr(a.target());
        }
        switch (a.target()) {
            case Expr.Name n -> {
                if (evaluated) {
                    expr(a.annotation());
                    sink.raw("LOAD_NAME", "__annotations__", a.line(), live);
                }
                return;
            }
            case Expr.Attribute at -> {
                if (a.value() == null) {
                    expr(at.value());
                }
            }
            case Expr.Subscript sub -> {
                if (a.value() == null) {
                    expr(sub.value());
                    expr(sub.slice());
                }
            }
            default -> {
            }
        }
        if (evaluated) {
            expr(a.annotation());
        }
    }

    private void with(Stmt.With w, int pos) {
        Stmt.WithItem item = w.items().get(pos);
        expr(item.contextExpr());
        fblocks.add(OTHER);
        if (item.optionalVars() != null) {
            expr(item.optionalVars());
        }
        if (pos + 1 < w.items().size()) {
            with(w, pos + 1);
        } else {
            stmts(w.body());
        }
        fblocks.remove(fblocks.size() - 1);
    }

    private void tryExcept(Stmt.Try t) {
        boolean start = live;
        fblocks.add(OTHER);
        stmts(t.body());
        fblocks.remove(fblocks.size() - 1);
        stmts(t.orelse());
        boolean end = live;
        for (Stmt.ExceptHandler h : t.handlers()) {
            live = start;
            if (h.type() != null) {
                expr(h.type());
            }
            if (h.name() != null) {
                sink.name(h.name(), Expr.Ctx.STORE, h.line(), false, live);
            }
            fblocks.add(new HandlerCleanup(h.name(), h.line()));
            stmts(h.body());
            fblocks.remove(fblocks.size() - 1);
            end |= live;
            if (h.name() != null) {
                cleanup(h.name(), h.line());
                live = start;
                cleanup(h.name(), h.line());
            }
        }
        live = end;
    }

    /** {@code name = None; del name} at the end of {@code except E as name}. */
    private void cleanup(String name, int line) {
        sink.name(name, Expr.Ctx.STORE, line, false, live);
        sink.name(name, Expr.Ctx.DEL, line, false, live);
    }

    /**
     * Return (or break/continue up to the loop) leaves blocks: finally bodies and handler cleanups
     * run. Returns the loop left by break/continue.
     */
    private Loop unwind(boolean toLoop) {
        int n = fblocks.size();
        List<Object> saved = new ArrayList<>(fblocks);
        Loop target = null;
        for (int i = n - 1; i >= 0; i--) {
            Object b = saved.get(i);
            if (toLoop && b instanceof Loop l) {
                target = l;
                break;
            }
            while (fblocks.size() > i) {
                fblocks.remove(fblocks.size() - 1);
            }
            if (b instanceof FinallyBlock f) {
                stmts(f.body());
            } else if (b instanceof HandlerCleanup h && h.name() != null) {
                cleanup(h.name(), h.line());
            }
        }
        fblocks.clear();
        fblocks.addAll(saved);
        return target;
    }

    /** The truth of a constant test (CPython folds the jump), or null when not a constant. */
    private static Boolean truth(Expr e) {
        return switch (e) {
            case Expr.BoolLit b -> b.value();
            case Expr.IntLit i -> i.value().signum() != 0;
            case Expr.FloatLit f -> f.value() != 0.0;
            case Expr.StrLit s -> !s.value().isEmpty();
            case Expr.NoneLit n -> false;
            case Expr.EllipsisLit el -> true;
            case Expr.UnaryOp u when u.op() == Expr.UnaryOpKind.NOT -> {
                Boolean t = truth(u.operand());
                yield t == null ? null : !t;
            }
            case Expr.BoolOp b -> {
                // "x and 0" never reaches the body, "x or 1" always does.
                boolean or = b.op() == Expr.BoolOpKind.OR;
                boolean allConstant = true;
                Boolean result = null;
                for (Expr v : b.values()) {
                    Boolean t = truth(v);
                    if (t == null) {
                        allConstant = false;
                    } else if (t == or) {
                        result = or;
                    }
                }
                yield result != null ? result : allConstant ? !or : null;
            }
            default -> null;
        };
    }

    /** Whether CPython's AST optimizer folds {@code e} into a constant. */
    private static boolean constant(Expr e) {
        return switch (e) {
            case Expr.IntLit i -> true;
            case Expr.FloatLit f -> true;
            case Expr.StrLit s -> true;
            case Expr.BoolLit b -> true;
            case Expr.NoneLit n -> true;
            case Expr.EllipsisLit el -> true;
            case Expr.UnaryOp u -> constant(u.operand());
            case Expr.TupleExpr t -> t.elts().stream().allMatch(CodeWalker::constant);
            default -> false;
        };
    }

    private static List<Expr> elements(Expr e) {
        return switch (e) {
            case Expr.TupleExpr t -> t.elts();
            case Expr.ListExpr l -> l.elts();
            default -> null;
        };
    }

    /**
     * {@code a, b = x, y} (two or three names, all fast locals, distinct): 3.11's optimizer turns
     * the tuple build and unpack into a SWAP and then removes it by storing in reverse order.
     */
    private boolean swapsStores(Stmt.Assign a) {
        if (a.targets().size() != 1 || !(a.value() instanceof Expr.TupleExpr value)) {
            return false;
        }
        if (constant(value)) {
            return false; // folded into one constant tuple, unpacked in order
        }
        List<Expr> targets = elements(a.targets().get(0));
        if (targets == null || (targets.size() != 2 && targets.size() != 3) || targets.size() != value.elts().size()) {
            return false;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Expr v : value.elts()) {
            if (v instanceof Expr.Starred) {
                return false;
            }
        }
        for (Expr t : targets) {
            if (!(t instanceof Expr.Name n) || scope.access(n.id()) != Access.FAST || !seen.add(scope.mangle(n.id()))) {
                return false;
            }
        }
        return true;
    }

    private void defaults(Arguments a) {
        exprs(a.defaults());
        for (Expr e : a.kwDefaults()) {
            if (e != null) {
                expr(e);
            }
        }
    }

    private void argAnnotations(Arguments a) {
        for (Arguments.Arg arg : a.args()) {
            annotation(arg);
        }
        for (Arguments.Arg arg : a.posonlyargs()) {
            annotation(arg);
        }
        annotation(a.vararg());
        for (Arguments.Arg arg : a.kwonlyargs()) {
            annotation(arg);
        }
        annotation(a.kwarg());
    }

    private void annotation(Arguments.Arg arg) {
        if (arg != null && arg.annotation() != null) {
            expr(arg.annotation());
        }
    }

    // ---- expressions --------------------------------------------------------------------------

    private void exprs(List<Expr> list) {
        for (Expr e : list) {
            expr(e);
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.Name n -> {
                boolean callee = n == nullTarget;
                nullTarget = null;
                sink.name(n.id(), n.ctx(), n.line(), callee, live);
            }
            case Expr.NamedExpr n -> {
                expr(n.value());
                expr(n.target());
            }
            case Expr.BoolOp b -> {
                boolean start = live;
                for (Expr v : b.values()) {
                    expr(v);
                    Boolean t = truth(v);
                    if (t != null && t == (b.op() == Expr.BoolOpKind.OR)) {
                        live = false; // the rest is short-circuited away
                    }
                }
                live = start;
            }
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.Lambda l -> {
                defaults(l.args());
                sink.closure(table.scopeOf(l), l.line(), live);
            }
            case Expr.IfExp i -> {
                boolean start = live;
                Boolean t = truth(i.test());
                expr(i.test());
                live = start && t != Boolean.FALSE;
                expr(i.body());
                live = start && t != Boolean.TRUE;
                expr(i.orelse());
                live = start;
            }
            case Expr.DictExpr d -> {
                for (int i = 0; i < d.values().size(); i++) {
                    if (d.keys().get(i) != null) {
                        expr(d.keys().get(i));
                    }
                    expr(d.values().get(i));
                }
            }
            case Expr.SetExpr s -> exprs(s.elts());
            case Expr.ListComp c -> comp(c, c.generators());
            case Expr.SetComp c -> comp(c, c.generators());
            case Expr.DictComp c -> comp(c, c.generators());
            case Expr.GeneratorExp c -> comp(c, c.generators());
            case Expr.Yield y -> {
                if (y.value() != null) {
                    expr(y.value());
                }
            }
            case Expr.YieldFrom y -> expr(y.value());
            case Expr.Compare c -> {
                expr(c.left());
                exprs(c.comparators());
            }
            case Expr.Call c -> {
                if (!methodCall(c)) {
                    // PUSH_NULL, then the callee: a LOAD_GLOBAL right after absorbs the NULL.
                    nullTarget = leftmostName(c.func());
                }
                expr(c.func());
                nullTarget = null;
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
            case Expr.Attribute a -> {
                expr(a.value());
                sink.coName(scope.mangle(a.attr()));
            }
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

    /** 3.11's {@code maybe_optimize_method_call}: {@code obj.m(args)} becomes LOAD_METHOD + CALL. */
    private boolean methodCall(Expr.Call c) {
        if (!(c.func() instanceof Expr.Attribute a)) {
            return false;
        }
        if (a.value() instanceof Expr.Name n) {
            Integer top = table.module().symbols.get(n.id());
            if (top != null && (top & Flags.DEF_IMPORT) != 0) {
                return false; // module.function(...) of an imported module
            }
        }
        int kw = c.keywords().size();
        if (c.args().size() + kw + (kw != 0 ? 1 : 0) >= 30) {
            return false;
        }
        for (Expr arg : c.args()) {
            if (arg instanceof Expr.Starred) {
                return false;
            }
        }
        for (Expr.Keyword k : c.keywords()) {
            if (k.arg() == null) {
                return false;
            }
        }
        return true;
    }

    /** The name whose load is the first instruction compiled for {@code e}, if any. */
    private static Expr.Name leftmostName(Expr e) {
        return switch (e) {
            case Expr.Name n -> n;
            case Expr.Attribute a -> leftmostName(a.value());
            case Expr.Subscript s -> leftmostName(s.value());
            case Expr.BinOp b -> leftmostName(b.left());
            case Expr.Compare c -> leftmostName(c.left());
            case Expr.BoolOp b -> leftmostName(b.values().get(0));
            case Expr.UnaryOp u -> leftmostName(u.operand());
            case Expr.IfExp i -> leftmostName(i.test());
            case Expr.TupleExpr t -> t.elts().isEmpty() ? null : leftmostName(t.elts().get(0));
            case Expr.ListExpr l -> l.elts().isEmpty() ? null : leftmostName(l.elts().get(0));
            default -> null;
        };
    }

    /** A comprehension: the closure is made first, then the leftmost iterable is evaluated here. */
    private void comp(Expr e, List<Expr.Comprehension> generators) {
        sink.closure(table.scopeOf(e), e.line(), live);
        expr(generators.get(0).iter());
    }
}
