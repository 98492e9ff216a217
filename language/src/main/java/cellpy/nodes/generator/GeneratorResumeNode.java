package cellpy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import cellpy.runtime.PCode;
import cellpy.runtime.PGenerator;
import cellpy.runtime.GeneratorOps;
import cellpy.runtime.PNone;

/**
 * Resumes a generator from a hot call site ({@code for} over a generator, {@code next}, a
 * generator expression consumed by {@code sum}): cached on the generator's code, the resume
 * target is called through a {@link DirectCallNode}, so Graal can inline the generator's body into
 * the consuming loop. Returns the yielded value or null when finished.
 */
public abstract class GeneratorResumeNode extends Node {
    public abstract Object execute(PGenerator gen, Object sent);

    public static GeneratorResumeNode create() {
        return GeneratorResumeNodeGen.create();
    }

    /**
     * A resume node whose result is the value as the generator stored it: an int yielded unboxed
     * comes back as {@link PGenerator#YIELDED_LONG}, for a consumer that boxes it where it stores it
     * (see {@link PGenerator#yieldedLong}).
     */
    public static GeneratorResumeNode createRaw() {
        GeneratorResumeNode n = GeneratorResumeNodeGen.create();
        n.raw = true;
        return n;
    }

    @CompilationFinal protected boolean raw;

    protected final Object taken(PGenerator gen) {
        return raw ? gen.takeYieldedRaw() : gen.takeYielded();
    }

    @Specialization(guards = "gen.code == cachedCode", limit = "3")
    protected Object doCached(PGenerator gen, Object sent,
                    @Cached("gen.code") PCode cachedCode,
                    @Cached("create(gen.resume)") DirectCallNode call) {
        if (gen.started && !gen.running && !gen.finished && sent == PNone.NONE) {
            gen.sent = PNone.NONE;
            gen.running = true;
            try {
                return call.call(gen) == Boolean.TRUE ? taken(gen) : null; // identity: no load
            } finally {
                gen.running = false;
            }
        }
        /*
         * A second call site for the first resume and send(): Graal inlines the body once per
         * site. Merged into one, the inliner found room to inline chains of `yield from` into
         * each other (delegating_generators: a 1 s Tier-2 compilation of 11000 nodes that stalled
         * the program for a repetition, and slower code after it), so the split stays.
         */
        if (!GeneratorOps.prepare(gen, sent, null)) {
            return null;
        }
        gen.running = true;
        try {
            return call.call(gen) == Boolean.TRUE ? taken(gen) : null;
        } finally {
            gen.running = false;
        }
    }

    @Specialization(replaces = "doCached")
    protected static Object doGeneric(PGenerator gen, Object sent) {
        return GeneratorOps.resume(gen, sent, null);
    }
}
