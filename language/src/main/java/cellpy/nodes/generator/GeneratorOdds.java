package cellpy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives;

/**
 * The odds compiled code is told for a generator's "goes on" tests: a generator loop's test that
 * holds, a generator {@code for}'s next item that exists, a consumer's next item that exists (a
 * {@code for} loop, {@code sum}/{@code list}/{@code tuple}, {@code next}, {@code send}; the resume node profiles
 * its own tests, see {@code GeneratorResumeNode}).
 *
 * <p>Graal has no profile of the interpreter's Java branches and took each of these for even odds.
 * The suspend-or-finish result they decide reaches the loop consuming the generator, so that loop
 * was compiled as one that ends about half the time, its body laid out as cold code: a compiled
 * {@code for v in countdown(n)} ran 4.33 ns per item, 4.06 with the odds; the same loop compiled on
 * its own (the generator a heap object) 9.1 and 7.8. A fixed probability rather than a counting
 * profile: a counting profile that has not seen a generator finish before its code is compiled
 * invalidates that code when the first one does, a recompilation per generator body for a branch
 * taken once per generator (the kernel test saw each generator expression compiled twice).
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
