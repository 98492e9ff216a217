package cellpy.parser;

import java.util.List;

/**
 * The parameter list of a def or lambda, as CPython's {@code ast.arguments}: positional-only and
 * ordinary positional parameters with {@code defaults} aligned to the last of them, then
 * {@code *vararg}, keyword-only parameters with {@code kwDefaults} (null entries for none), and
 * {@code **kwarg}. vararg and kwarg may be null.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {

    public record Arg(int line, int col, String name, Expr annotation) {}

    public static Arguments empty() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }
}
