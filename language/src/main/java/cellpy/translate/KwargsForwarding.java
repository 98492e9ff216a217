package cellpy.translate;

import cellpy.parser.Expr;
import java.util.List;

/**
 * Whether a function's {@code **kwargs} parameter is only ever passed on whole, as {@code **name}
 * in a call's arguments, and read in no other way: then the binder can hand it over as a
 * {@link cellpy.runtime.PKeywords} instead of a dict (no code can tell). Walks every part of the
 * body, nested functions included (conservatively: a nested scope's own {@code kwargs} counts
 * too); the caller also requires the name to be a plain local, not captured by a closure, and the
 * function not to be a generator (whose frame {@code gi_frame.f_locals} shows).
 */
final class KwargsForwarding {
    private KwargsForwarding() {
    }

    static boolean onlyForwarded(Object body, String name) {
        return walk(body, name);
    }

    private static boolean walk(Object node, String name) {
        return switch (node) {
            case null -> true;
            case Expr.Name n -> !n.id().equals(name);
            case Expr.Call c -> walk(c.func(), name) && walk(c.args(), name) && keywords(c.keywords(), name);
            case List<?> list -> list.stream().allMatch(o -> walk(o, name));
            case Record r -> AstChildren.of(r).stream().allMatch(o -> walk(o, name));
            default -> true;
        };
    }

    private static boolean keywords(List<Expr.Keyword> keywords, String name) {
        for (Expr.Keyword k : keywords) {
            boolean forwarded = k.arg() == null && k.value() instanceof Expr.Name n && n.id().equals(name);
            if (!forwarded && !walk(k.value(), name)) {
                return false;
            }
        }
        return true;
    }
}
