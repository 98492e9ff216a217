package cellpy.parser;

import java.math.BigDecimal;
import java.util.List;

/**
 * Prints a module in the format of CPython 3.11's {@code ast.dump(tree)} (no positions), so the
 * parser can be checked against {@code python3} on any program. Optional fields that are unset
 * are omitted exactly as {@code ast.dump} omits them. Not modelled: return annotations
 * ({@code returns=}), the {@code kind='u'} of u-strings and AnnAssign's {@code simple=0} for
 * a parenthesized name.
 */
public final class AstDump {
    private final StringBuilder sb = new StringBuilder();
    private final boolean positions;
    /** Inside an f-string, whose inner positions CPython 3.11 computes idiosyncratically. */
    private int inFString;

    private AstDump(boolean positions) {
        this.positions = positions;
    }

    public static String dump(Module m) {
        return dump(m, false);
    }

    /**
     * With {@code positions}, every node that has one also prints {@code lineno} and
     * {@code col_offset} (as {@code ast.dump(include_attributes=True)} without the end
     * positions), except inside f-strings.
     */
    public static String dump(Module m, boolean positions) {
        AstDump d = new AstDump(positions);
        d.sb.append("Module(body=");
        d.stmts(m.body());
        d.sb.append(", type_ignores=[])");
        return d.sb.toString();
    }

    public static String dump(Expr e) {
        AstDump d = new AstDump(false);
        d.expr(e);
        return d.sb.toString();
    }

    private void stmts(List<Stmt> list) {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            stmt(list.get(i));
        }
        sb.append(']');
    }

    private void exprs(List<Expr> list) {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            optExpr(list.get(i));
        }
        sb.append(']');
    }

    private void optExpr(Expr e) {
        if (e == null) {
            sb.append("None");
        } else {
            expr(e);
        }
    }

    /** ", name=value" for a field that ast.dump omits when it is None. */
    private void opt(String name, Expr e) {
        if (e != null) {
            sb.append(", ").append(name).append('=');
            expr(e);
        }
    }

    private void strList(List<String> names) {
        sb.append('[');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(PyRepr.str(names.get(i)));
        }
        sb.append(']');
    }

    /** Replaces the closing parenthesis just written by the position attributes and itself. */
    private void pos(int line, int col) {
        if (!positions || inFString > 0) {
            return;
        }
        sb.setLength(sb.length() - 1);
        if (sb.charAt(sb.length() - 1) != '(') {
            sb.append(", ");
        }
        sb.append("lineno=").append(line).append(", col_offset=").append(col).append(')');
    }

    private void stmt(Stmt s) {
        stmtBody(s);
        pos(s.line(), s.col());
    }

    private void stmtBody(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                sb.append("FunctionDef(name=").append(PyRepr.str(f.name())).append(", args=");
                arguments(f.args());
                sb.append(", body=");
                stmts(f.body());
                sb.append(", decorator_list=");
                exprs(f.decorators());
                sb.append(')');
            }
            case Stmt.ClassDef c -> {
                sb.append("ClassDef(name=").append(PyRepr.str(c.name())).append(", bases=");
                exprs(c.bases());
                sb.append(", keywords=");
                keywords(c.keywords());
                sb.append(", body=");
                stmts(c.body());
                sb.append(", decorator_list=");
                exprs(c.decorators());
                sb.append(')');
            }
            case Stmt.Return r -> {
                sb.append("Return(");
                if (r.value() != null) {
                    sb.append("value=");
                    expr(r.value());
                }
                sb.append(')');
            }
            case Stmt.Delete d -> {
                sb.append("Delete(targets=");
                exprs(d.targets());
                sb.append(')');
            }
            case Stmt.Assign a -> {
                sb.append("Assign(targets=");
                exprs(a.targets());
                sb.append(", value=");
                expr(a.value());
                sb.append(')');
            }
            case Stmt.AugAssign a -> {
                sb.append("AugAssign(target=");
                expr(a.target());
                sb.append(", op=").append(binOp(a.op())).append("(), value=");
                expr(a.value());
                sb.append(')');
            }
            case Stmt.AnnAssign a -> {
                sb.append("AnnAssign(target=");
                expr(a.target());
                sb.append(", annotation=");
                expr(a.annotation());
                opt("value", a.value());
                sb.append(", simple=").append(a.target() instanceof Expr.Name ? 1 : 0).append(')');
            }
            case Stmt.For f -> {
                sb.append("For(target=");
                expr(f.target());
                sb.append(", iter=");
                expr(f.iter());
                sb.append(", body=");
                stmts(f.body());
                sb.append(", orelse=");
                stmts(f.orelse());
                sb.append(')');
            }
            case Stmt.While w -> {
                sb.append("While(test=");
                expr(w.test());
                sb.append(", body=");
                stmts(w.body());
                sb.append(", orelse=");
                stmts(w.orelse());
                sb.append(')');
            }
            case Stmt.If i -> {
                sb.append("If(test=");
                expr(i.test());
                sb.append(", body=");
                stmts(i.body());
                sb.append(", orelse=");
                stmts(i.orelse());
                sb.append(')');
            }
            case Stmt.With w -> {
                sb.append("With(items=[");
                for (int k = 0; k < w.items().size(); k++) {
                    if (k > 0) {
                        sb.append(", ");
                    }
                    Stmt.WithItem item = w.items().get(k);
                    sb.append("withitem(context_expr=");
                    expr(item.contextExpr());
                    opt("optional_vars", item.optionalVars());
                    sb.append(')');
                }
                sb.append("], body=");
                stmts(w.body());
                sb.append(')');
            }
            case Stmt.Raise r -> {
                sb.append("Raise(");
                if (r.exc() != null) {
                    sb.append("exc=");
                    expr(r.exc());
                    opt("cause", r.cause());
                } else if (r.cause() != null) {
                    sb.append("cause=");
                    expr(r.cause());
                }
                sb.append(')');
            }
            case Stmt.Try t -> {
                sb.append("Try(body=");
                stmts(t.body());
                sb.append(", handlers=[");
                for (int k = 0; k < t.handlers().size(); k++) {
                    if (k > 0) {
                        sb.append(", ");
                    }
                    Stmt.ExceptHandler h = t.handlers().get(k);
                    sb.append("ExceptHandler(");
                    if (h.type() != null) {
                        sb.append("type=");
                        expr(h.type());
                        sb.append(", ");
                    }
                    if (h.name() != null) {
                        sb.append("name=").append(PyRepr.str(h.name())).append(", ");
                    }
                    sb.append("body=");
                    stmts(h.body());
                    sb.append(')');
                    pos(h.line(), h.col());
                }
                sb.append("], orelse=");
                stmts(t.orelse());
                sb.append(", finalbody=");
                stmts(t.finalbody());
                sb.append(')');
            }
            case Stmt.Assert a -> {
                sb.append("Assert(test=");
                expr(a.test());
                opt("msg", a.msg());
                sb.append(')');
            }
            case Stmt.Import im -> {
                sb.append("Import(names=");
                aliases(im.names());
                sb.append(')');
            }
            case Stmt.ImportFrom im -> {
                sb.append("ImportFrom(");
                if (im.module() != null) {
                    sb.append("module=").append(PyRepr.str(im.module())).append(", ");
                }
                sb.append("names=");
                aliases(im.names());
                sb.append(", level=").append(im.level()).append(')');
            }
            case Stmt.Global g -> {
                sb.append("Global(names=");
                strList(g.names());
                sb.append(')');
            }
            case Stmt.Nonlocal g -> {
                sb.append("Nonlocal(names=");
                strList(g.names());
                sb.append(')');
            }
            case Stmt.ExprStmt e -> {
                sb.append("Expr(value=");
                expr(e.value());
                sb.append(')');
            }
            case Stmt.Pass p -> sb.append("Pass()");
            case Stmt.Break b -> sb.append("Break()");
            case Stmt.Continue c -> sb.append("Continue()");
        }
    }

    private void aliases(List<Stmt.Alias> names) {
        sb.append('[');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Stmt.Alias a = names.get(i);
            sb.append("alias(name=").append(PyRepr.str(a.name()));
            if (a.asname() != null) {
                sb.append(", asname=").append(PyRepr.str(a.asname()));
            }
            sb.append(')');
        }
        sb.append(']');
    }

    private void keywords(List<Expr.Keyword> kws) {
        sb.append('[');
        for (int i = 0; i < kws.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Expr.Keyword k = kws.get(i);
            sb.append("keyword(");
            if (k.arg() != null) {
                sb.append("arg=").append(PyRepr.str(k.arg())).append(", ");
            }
            sb.append("value=");
            expr(k.value());
            sb.append(')');
            pos(k.line(), k.col());
        }
        sb.append(']');
    }

    private void arg(Arguments.Arg a) {
        sb.append("arg(arg=").append(PyRepr.str(a.name()));
        opt("annotation", a.annotation());
        sb.append(')');
        pos(a.line(), a.col());
    }

    private void args(List<Arguments.Arg> list) {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            arg(list.get(i));
        }
        sb.append(']');
    }

    private void arguments(Arguments a) {
        sb.append("arguments(posonlyargs=");
        args(a.posonlyargs());
        sb.append(", args=");
        args(a.args());
        if (a.vararg() != null) {
            sb.append(", vararg=");
            arg(a.vararg());
        }
        sb.append(", kwonlyargs=");
        args(a.kwonlyargs());
        sb.append(", kw_defaults=");
        exprs(a.kwDefaults());
        if (a.kwarg() != null) {
            sb.append(", kwarg=");
            arg(a.kwarg());
        }
        sb.append(", defaults=");
        exprs(a.defaults());
        sb.append(')');
    }

    private static String ctx(Expr.Ctx c) {
        return switch (c) {
            case LOAD -> "Load()";
            case STORE -> "Store()";
            case DEL -> "Del()";
        };
    }

    private static String binOp(Expr.BinOpKind op) {
        return switch (op) {
            case ADD -> "Add";
            case SUB -> "Sub";
            case MUL -> "Mult";
            case MATMUL -> "MatMult";
            case DIV -> "Div";
            case FLOORDIV -> "FloorDiv";
            case MOD -> "Mod";
            case POW -> "Pow";
            case LSHIFT -> "LShift";
            case RSHIFT -> "RShift";
            case BITOR -> "BitOr";
            case BITXOR -> "BitXor";
            case BITAND -> "BitAnd";
        };
    }

    private static String cmpOp(Expr.CmpOp op) {
        return switch (op) {
            case EQ -> "Eq";
            case NOT_EQ -> "NotEq";
            case LT -> "Lt";
            case LT_E -> "LtE";
            case GT -> "Gt";
            case GT_E -> "GtE";
            case IS -> "Is";
            case IS_NOT -> "IsNot";
            case IN -> "In";
            case NOT_IN -> "NotIn";
        };
    }

    private void generators(List<Expr.Comprehension> gens) {
        sb.append('[');
        for (int i = 0; i < gens.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Expr.Comprehension g = gens.get(i);
            sb.append("comprehension(target=");
            expr(g.target());
            sb.append(", iter=");
            expr(g.iter());
            sb.append(", ifs=");
            exprs(g.ifs());
            sb.append(", is_async=0)");
        }
        sb.append(']');
    }

    private void expr(Expr e) {
        boolean fs = e instanceof Expr.JoinedStr;
        if (fs) {
            inFString++;
        }
        exprBody(e);
        if (fs) {
            inFString--;
        }
        pos(e.line(), e.col());
    }

    private void exprBody(Expr e) {
        switch (e) {
            case Expr.Name n -> sb.append("Name(id=").append(PyRepr.str(n.id())).append(", ctx=").append(ctx(n.ctx()))
                            .append(')');
            case Expr.IntLit i -> sb.append("Constant(value=").append(i.value()).append(')');
            case Expr.FloatLit f -> sb.append("Constant(value=").append(PyRepr.floatRepr(f.value())).append(')');
            case Expr.StrLit s -> sb.append("Constant(value=").append(PyRepr.str(s.value())).append(')');
            case Expr.BoolLit b -> sb.append("Constant(value=").append(b.value() ? "True" : "False").append(')');
            case Expr.NoneLit n -> sb.append("Constant(value=None)");
            case Expr.EllipsisLit el -> sb.append("Constant(value=Ellipsis)");
            case Expr.JoinedStr j -> {
                sb.append("JoinedStr(values=");
                exprs(j.values());
                sb.append(')');
            }
            case Expr.FormattedValue f -> {
                sb.append("FormattedValue(value=");
                expr(f.value());
                sb.append(", conversion=").append(f.conversion());
                opt("format_spec", f.formatSpec());
                sb.append(')');
            }
            case Expr.BinOp b -> {
                sb.append("BinOp(left=");
                expr(b.left());
                sb.append(", op=").append(binOp(b.op())).append("(), right=");
                expr(b.right());
                sb.append(')');
            }
            case Expr.UnaryOp u -> {
                String op = switch (u.op()) {
                    case NOT -> "Not";
                    case NEG -> "USub";
                    case POS -> "UAdd";
                    case INVERT -> "Invert";
                };
                sb.append("UnaryOp(op=").append(op).append("(), operand=");
                expr(u.operand());
                sb.append(')');
            }
            case Expr.BoolOp b -> {
                sb.append("BoolOp(op=").append(b.op() == Expr.BoolOpKind.AND ? "And" : "Or").append("(), values=");
                exprs(b.values());
                sb.append(')');
            }
            case Expr.Compare c -> {
                sb.append("Compare(left=");
                expr(c.left());
                sb.append(", ops=[");
                for (int i = 0; i < c.ops().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(cmpOp(c.ops().get(i))).append("()");
                }
                sb.append("], comparators=");
                exprs(c.comparators());
                sb.append(')');
            }
            case Expr.IfExp i -> {
                sb.append("IfExp(test=");
                expr(i.test());
                sb.append(", body=");
                expr(i.body());
                sb.append(", orelse=");
                expr(i.orelse());
                sb.append(')');
            }
            case Expr.Lambda l -> {
                sb.append("Lambda(args=");
                arguments(l.args());
                sb.append(", body=");
                expr(l.body());
                sb.append(')');
            }
            case Expr.NamedExpr n -> {
                sb.append("NamedExpr(target=");
                expr(n.target());
                sb.append(", value=");
                expr(n.value());
                sb.append(')');
            }
            case Expr.Call c -> {
                sb.append("Call(func=");
                expr(c.func());
                sb.append(", args=");
                exprs(c.args());
                sb.append(", keywords=");
                keywords(c.keywords());
                sb.append(')');
            }
            case Expr.Attribute a -> {
                sb.append("Attribute(value=");
                expr(a.value());
                sb.append(", attr=").append(PyRepr.str(a.attr())).append(", ctx=").append(ctx(a.ctx())).append(')');
            }
            case Expr.Subscript s -> {
                sb.append("Subscript(value=");
                expr(s.value());
                sb.append(", slice=");
                expr(s.slice());
                sb.append(", ctx=").append(ctx(s.ctx())).append(')');
            }
            case Expr.Slice s -> {
                sb.append("Slice(");
                String sep = "";
                if (s.lower() != null) {
                    sb.append("lower=");
                    expr(s.lower());
                    sep = ", ";
                }
                if (s.upper() != null) {
                    sb.append(sep).append("upper=");
                    expr(s.upper());
                    sep = ", ";
                }
                if (s.step() != null) {
                    sb.append(sep).append("step=");
                    expr(s.step());
                }
                sb.append(')');
            }
            case Expr.Starred s -> {
                sb.append("Starred(value=");
                expr(s.value());
                sb.append(", ctx=").append(ctx(s.ctx())).append(')');
            }
            case Expr.ListExpr l -> {
                sb.append("List(elts=");
                exprs(l.elts());
                sb.append(", ctx=").append(ctx(l.ctx())).append(')');
            }
            case Expr.TupleExpr t -> {
                sb.append("Tuple(elts=");
                exprs(t.elts());
                sb.append(", ctx=").append(ctx(t.ctx())).append(')');
            }
            case Expr.SetExpr s -> {
                sb.append("Set(elts=");
                exprs(s.elts());
                sb.append(')');
            }
            case Expr.DictExpr d -> {
                sb.append("Dict(keys=");
                exprs(d.keys());
                sb.append(", values=");
                exprs(d.values());
                sb.append(')');
            }
            case Expr.ListComp c -> {
                sb.append("ListComp(elt=");
                expr(c.elt());
                sb.append(", generators=");
                generators(c.generators());
                sb.append(')');
            }
            case Expr.SetComp c -> {
                sb.append("SetComp(elt=");
                expr(c.elt());
                sb.append(", generators=");
                generators(c.generators());
                sb.append(')');
            }
            case Expr.DictComp c -> {
                sb.append("DictComp(key=");
                expr(c.key());
                sb.append(", value=");
                expr(c.value());
                sb.append(", generators=");
                generators(c.generators());
                sb.append(')');
            }
            case Expr.GeneratorExp c -> {
                sb.append("GeneratorExp(elt=");
                expr(c.elt());
                sb.append(", generators=");
                generators(c.generators());
                sb.append(')');
            }
            case Expr.Yield y -> {
                sb.append("Yield(");
                if (y.value() != null) {
                    sb.append("value=");
                    expr(y.value());
                }
                sb.append(')');
            }
            case Expr.YieldFrom y -> {
                sb.append("YieldFrom(value=");
                expr(y.value());
                sb.append(')');
            }
        }
    }
}
