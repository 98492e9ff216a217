package cellpy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.nodes.Node;
import cellpy.runtime.PGenerator;

/**
 * Boxes what a raw resume ({@link GeneratorResumeNode#createRaw()}) returned, for a consumer that
 * takes any object ({@code send}, {@code next}, the loop of {@code sum}). Used after the consumer's
 * "finished" test, so that in compiled code the box of a yielded int goes straight to its use (a
 * local's store or an addition unboxes it again) and is never allocated. While the site has seen
 * only ints the other case is left to the interpreter: a box merging with another value would
 * make escape analysis allocate it.
 */
public final class BoxYieldedNode extends Node {
    @CompilationFinal private boolean onlyLongs = true;

    public static BoxYieldedNode create() {
        return new BoxYieldedNode();
    }

    /** {@code v} as the generator yielded it; {@code v} is not null. */
    public Object execute(PGenerator gen, Object v) {
        if (v == PGenerator.YIELDED_LONG) {
            return (Object) gen.yieldedLong;
        }
        if (onlyLongs) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            onlyLongs = false;
        }
        return v;
    }
}
