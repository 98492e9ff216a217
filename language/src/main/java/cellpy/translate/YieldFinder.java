package cellpy.translate;

import cellpy.parser.Arguments;
import cellpy.parser.Expr;
import cellpy.parser.Stmt;
import java.util.List;

/**
 * Whether a statement or expression contains a {@code yield} or {@code yield from} of the current
 * scope: nested scopes are not entered, except for the parts of them the current scope evaluates
 * (defaults, decorators, base classes, a comprehension's leftmost iterable). Walks the AST records
 * generically by their components.
 */
final class YieldFinder {
    private YieldFinder() {
    }

    static boolean contains(Object node) {
        return switch (node) {
            case null -> false;
            case Expr.Yield y -> true;
            case Expr.YieldFrom y -> true;
            case Stmt.FunctionDef f -> any(f.decorators()) || defaults(f.args());
            case Expr.Lambda l -> defaults(l.args());
            case Stmt.ClassDef c -> any(c.bases()) || any(c.decorators())
                            || c.keywords().stream().anyMatch(k -> contains(k.value()));
            case Expr.ListComp c -> contains(c.generators().get(0).iter());
            case Expr.SetComp c -> contains(c.generators().get(0).iter());
            case Expr.DictComp c -> contains(c.generators().get(0).iter());
            case Expr.GeneratorExp c -> contains(c.generators().get(0).iter());
            case List<?> list -> any(list);
            case Record r -> components(r);
            default -> false;
        };
    }

    private static boolean defaults(Arguments a) {
        return any(a.defaults()) || any(a.kwDefaults());
    }

    private static boolean any(List<?> list) {
        for (Object o : list) {
            if (contains(o)) {
                return true;
            }
        }
        return false;
    }

    private static boolean components(Record r) {
        for (Object child : AstChildren.of(r)) {
            if (contains(child)) {
                return true;
            }
        }
        return false;
    }
}
