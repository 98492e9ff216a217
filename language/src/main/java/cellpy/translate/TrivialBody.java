package cellpy.translate;

import cellpy.parser.Expr;
import cellpy.parser.Stmt;
import java.util.List;

/**
 * Decides which function bodies are "trivial" for Truffle ({@link
 * com.oracle.truffle.api.nodes.RootNode#isTrivial()}): small, straight-line code without calls,
 * loops, comprehensions or exception handling — an adder, a counter's tick, a factory returning a
 * closure. Truffle inlines such a root into its callers whenever they are compiled, first-tier
 * compilations included, without spending the inlining budget, so the caller's compiled loop
 * contains the callee even before it reaches the last tier. Measured on the shared benchmarks
 * (benchmarks/README.md) it mostly helps; the option {@code cellpy.TrivialFunctions} turns it off.
 */
final class TrivialBody {
    private static final int MAX_NODES = 40;

    private TrivialBody() {
    }

    static boolean isTrivial(Object body) {
        int[] budget = {MAX_NODES};
        return walk(body, budget);
    }

    private static boolean walk(Object node, int[] budget) {
        return switch (node) {
            case null -> true;
            case Expr.Call c -> false;
            case Stmt.For f -> false;
            case Stmt.While w -> false;
            case Stmt.Try t -> false;
            case Stmt.With w -> false;
            case Stmt.ClassDef c -> false;
            case Stmt.Raise r -> false;
            case Stmt.Import i -> false;
            case Stmt.ImportFrom i -> false;
            case Expr.ListComp c -> false;
            case Expr.SetComp c -> false;
            case Expr.DictComp c -> false;
            case Expr.GeneratorExp g -> false;
            case Expr.Yield y -> false;
            case Expr.YieldFrom y -> false;
            case Expr.JoinedStr j -> false;
            case Stmt.FunctionDef f -> --budget[0] > 0 && f.decorators().isEmpty() && f.args().defaults().isEmpty();
            case Expr.Lambda l -> --budget[0] > 0 && l.args().defaults().isEmpty();
            case List<?> list -> list.stream().allMatch(o -> walk(o, budget));
            case Record r -> --budget[0] > 0 && components(r, budget);
            default -> true;
        };
    }

    private static boolean components(Record r, int[] budget) {
        for (Object child : AstChildren.of(r)) {
            if (!walk(child, budget)) {
                return false;
            }
        }
        return true;
    }
}
