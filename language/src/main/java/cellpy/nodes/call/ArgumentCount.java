package cellpy.nodes.call;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import cellpy.runtime.PCode;
import cellpy.runtime.PFunction;
import java.util.Arrays;

/**
 * The lengths of the argument arrays one call site passes to one function (up to {@link #LIMIT}),
 * so that binding them to the parameters runs with the length as a compilation constant.
 *
 * <p>Why: binding copies arguments into the frame's argument array, fills defaults and packs
 * {@code *args}. With the count unknown those are loops and {@code System.arraycopy} calls of
 * variable length, and escape analysis must allocate every array such a loop writes into or reads
 * from at a variable index: {@code f(i)} relying on a default {@code b=1} cost 7.5 ns per call
 * in a compiled loop where {@code f(i, 1)} cost 0.9. With the count constant the loops unroll, each
 * argument goes to its parameter at a known index, and the arrays stay virtual.
 *
 * <p>The cost: one compiled branch per length seen (a site passing {@code *args} of varying
 * length sees several), and a deoptimization when a new one appears; past the limit, binding runs
 * as before.
 */
final class ArgumentCount {
    private static final int LIMIT = 3;

    /** Binds {@code args} to {@code code}'s parameters, {@code length} (= {@code args.length}) a compilation constant. */
    interface Binding {
        Object[] bind(PFunction fn, PCode code, Object[] args, int length);
    }

    @CompilationFinal(dimensions = 1) private int[] seen = new int[0];

    /**
     * {@code binding}'s result for {@code args}, with its length as a constant where this site saw
     * it before; {@code generic} (with a variable length) past the limit.
     */
    @ExplodeLoop
    Object[] bind(Binding binding, Binding generic, PFunction fn, PCode code, Object[] args) {
        int n = args.length;
        int[] s = seen;
        for (int i = 0; i < s.length; i++) {
            if (n == s[i]) {
                return binding.bind(fn, code, args, s[i]);
            }
        }
        if (s.length < LIMIT) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            int[] more = Arrays.copyOf(s, s.length + 1);
            more[s.length] = n;
            seen = more;
            return binding.bind(fn, code, args, n);
        }
        return generic.bind(fn, code, args, n);
    }
}
