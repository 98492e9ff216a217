package cellpy.parser;

import java.util.List;

/** Statement nodes of the immutable AST; lines are 1-based, columns 0-based. */
public sealed interface Stmt {
    int line();

    int col();

    record FunctionDef(int line, int col, String name, Arguments args, List<Stmt> body,
                    List<Expr> decorators) implements Stmt {}

    record ClassDef(int line, int col, String name, List<Expr> bases, List<Expr.Keyword> keywords,
                    List<Stmt> body, List<Expr> decorators) implements Stmt {}

    /** {@code return} or {@code return value}; value may be null. */
    record Return(int line, int col, Expr value) implements Stmt {}

    record Delete(int line, int col, List<Expr> targets) implements Stmt {}

    /** {@code t1 = t2 = value}: one or more targets, assigned left to right. */
    record Assign(int line, int col, List<Expr> targets, Expr value) implements Stmt {}

    record AugAssign(int line, int col, Expr target, Expr.BinOpKind op, Expr value) implements Stmt {}

    /** {@code target: annotation [= value]}; value may be null. The annotation is evaluated only at module/class level. */
    record AnnAssign(int line, int col, Expr target, Expr annotation, Expr value) implements Stmt {}

    record For(int line, int col, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record While(int line, int col, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    /** {@code elif} is an {@code If} alone in the orelse list. */
    record If(int line, int col, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record WithItem(Expr contextExpr, Expr optionalVars) {}

    record With(int line, int col, List<WithItem> items, List<Stmt> body) implements Stmt {}

    /** {@code raise}, {@code raise exc}, {@code raise exc from cause}; exc and cause may be null. */
    record Raise(int line, int col, Expr exc, Expr cause) implements Stmt {}

    /** {@code except [type [as name]]:}; type and name may be null. */
    record ExceptHandler(int line, int col, Expr type, String name, List<Stmt> body) {}

    record Try(int line, int col, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                    List<Stmt> finalbody) implements Stmt {}

    record Assert(int line, int col, Expr test, Expr msg) implements Stmt {}

    /** {@code import a.b as c}: asname may be null. */
    record Alias(String name, String asname) {}

    record Import(int line, int col, List<Alias> names) implements Stmt {}

    /** {@code from module import names}; level counts leading dots; a name {@code *} imports all. */
    record ImportFrom(int line, int col, String module, List<Alias> names, int level) implements Stmt {}

    record Global(int line, int col, List<String> names) implements Stmt {}

    record Nonlocal(int line, int col, List<String> names) implements Stmt {}

    record ExprStmt(int line, int col, Expr value) implements Stmt {}

    record Pass(int line, int col) implements Stmt {}

    record Break(int line, int col) implements Stmt {}

    record Continue(int line, int col) implements Stmt {}
}
