package cellpy.parser;

import java.math.BigInteger;
import java.util.List;

/**
 * Expression nodes of the immutable AST. Every node carries the 1-based line and 0-based column
 * where it starts, for tracebacks, SyntaxError carets and the {@code dis} listing. Records have
 * value equality, so anything keyed by node (the scope table) must use identity maps.
 */
public sealed interface Expr {
    int line();

    int col();

    /** How a name, attribute, subscript, starred, list or tuple is used. */
    enum Ctx { LOAD, STORE, DEL }

    record Name(int line, int col, String id, Ctx ctx) implements Expr {}

    record IntLit(int line, int col, BigInteger value) implements Expr {}

    record FloatLit(int line, int col, double value) implements Expr {}

    record StrLit(int line, int col, String value) implements Expr {}

    record BoolLit(int line, int col, boolean value) implements Expr {}

    record NoneLit(int line, int col) implements Expr {}

    record EllipsisLit(int line, int col) implements Expr {}

    /** An f-string: literal parts are {@link StrLit}, replacement fields {@link FormattedValue}. */
    record JoinedStr(int line, int col, List<Expr> values) implements Expr {}

    /**
     * One replacement field. {@code conversion} is -1 (none), 's', 'r' or 'a'; {@code formatSpec}
     * is a {@link JoinedStr} or null. {@code f"{x=}"} is parsed as the literal {@code "x="}
     * followed by this node with conversion 'r' (when no spec and no conversion is given).
     */
    record FormattedValue(int line, int col, Expr value, int conversion, Expr formatSpec) implements Expr {}

    enum BinOpKind { ADD, SUB, MUL, MATMUL, DIV, FLOORDIV, MOD, POW, LSHIFT, RSHIFT, BITOR, BITXOR, BITAND }

    record BinOp(int line, int col, Expr left, BinOpKind op, Expr right) implements Expr {}

    enum UnaryOpKind { NOT, NEG, POS, INVERT }

    record UnaryOp(int line, int col, UnaryOpKind op, Expr operand) implements Expr {}

    enum BoolOpKind { AND, OR }

    /** {@code a and b and c}: two or more values. */
    record BoolOp(int line, int col, BoolOpKind op, List<Expr> values) implements Expr {}

    enum CmpOp { EQ, NOT_EQ, LT, LT_E, GT, GT_E, IS, IS_NOT, IN, NOT_IN }

    /** A chained comparison {@code left ops[0] comparators[0] ops[1] comparators[1] ...}. */
    record Compare(int line, int col, Expr left, List<CmpOp> ops, List<Expr> comparators) implements Expr {}

    record IfExp(int line, int col, Expr test, Expr body, Expr orelse) implements Expr {}

    record Lambda(int line, int col, Arguments args, Expr body) implements Expr {}

    /** {@code target := value}; the target is a {@link Name} in STORE context. */
    record NamedExpr(int line, int col, Name target, Expr value) implements Expr {}

    /** A call; {@code args} may contain {@link Starred}; a keyword with a null name is {@code **}. */
    record Call(int line, int col, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}

    record Keyword(int line, int col, String arg, Expr value) {}

    record Attribute(int line, int col, Expr value, String attr, Ctx ctx) implements Expr {}

    /** {@code value[slice]}; a tuple of indices is a {@link TupleExpr}, {@code a:b:c} a {@link Slice}. */
    record Subscript(int line, int col, Expr value, Expr slice, Ctx ctx) implements Expr {}

    /** {@code lower:upper:step}; any part may be null. Only appears as a subscript's slice. */
    record Slice(int line, int col, Expr lower, Expr upper, Expr step) implements Expr {}

    record Starred(int line, int col, Expr value, Ctx ctx) implements Expr {}

    record ListExpr(int line, int col, List<Expr> elts, Ctx ctx) implements Expr {}

    record TupleExpr(int line, int col, List<Expr> elts, Ctx ctx) implements Expr {}

    record SetExpr(int line, int col, List<Expr> elts) implements Expr {}

    /** A dict display; a null key means {@code **values[i]}. */
    record DictExpr(int line, int col, List<Expr> keys, List<Expr> values) implements Expr {}

    /** One {@code for target in iter if ...} clause of a comprehension. */
    record Comprehension(Expr target, Expr iter, List<Expr> ifs) {}

    record ListComp(int line, int col, Expr elt, List<Comprehension> generators) implements Expr {}

    record SetComp(int line, int col, Expr elt, List<Comprehension> generators) implements Expr {}

    record DictComp(int line, int col, Expr key, Expr value, List<Comprehension> generators) implements Expr {}

    record GeneratorExp(int line, int col, Expr elt, List<Comprehension> generators) implements Expr {}

    /** {@code yield} or {@code yield value}; value may be null. */
    record Yield(int line, int col, Expr value) implements Expr {}

    record YieldFrom(int line, int col, Expr value) implements Expr {}
}
