package cellpy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives;

/**
 * The odds compiled code is told for a generator's "goes on" tests: a resume of a started generator
 * with nothing sent, a resume that ends in a yield, a generator loop's test that holds, a consumer's
 * next item that exists.
 *
 * <p>Graal has no profile of the interpreter's Java branches and took each of these for even odds.
 * The suspend-or-finish result they decide reaches the loop consuming the generator, so that loop
 * was compiled as one that ends about half the time, its body laid out as cold code: a compiled
 * {@code for v in countdown(n)} ran 4.3 ns per item, {@code q.send(p.send(v))} 11.9 (4.1 and 9.7
 * with the odds). A fixed probability rather than a counting profile: a counting profile that has
 * not seen a generator finish before its code is compiled invalidates that code when the first one
 * does, a recompilation per generator body for a branch taken once per generator.
 */
public final class GeneratorOdds {
    /** About a hundred items per generator. */
    private static final double GOES_ON = 0.99;

    private GeneratorOdds() {
    }

    /** {@code condition}, with the odds that it holds. */
    public static boolean goesOn(boolean condition) {
        return CompilerDirectives.injectBranchProbability(GOES_ON, condition);
    }
}
