package cellpy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
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

    /**
     * A resume node of {@code yield from}: it calls the body from a second site for the first
     * resume and {@code send()}, and Graal inlines the body once per site. With one site, the
     * inliner found room to inline recursive chains of {@code yield from} into each other
     * (delegating_generators: a generator's Tier-2 graph went from 1600 to 11400 nodes, a 1 s
     * compilation); with two, the budget stops the chain. Every other consumer uses one site, which
     * keeps its caller's graph smaller (adders' {@code run}: 7400 -> 5000 nodes, its Tier-2
     * compilation 0.67 -> 0.54 s).
     */
    public static GeneratorResumeNode createDelegating() {
        GeneratorResumeNode n = GeneratorResumeNodeGen.create();
        n.delegating = true;
        return n;
    }

    @CompilationFinal protected boolean delegating;

    protected final Object taken(PGenerator gen) {
        return raw ? gen.takeYieldedRaw() : gen.takeYielded();
    }

    /**
     * Whether a resume is a plain {@code next} of a started generator (or a {@code send}, a first
     * resume): a site does one or the other, and Graal, which has no profile of the interpreter's
     * Java branches, took the test for even odds (a compiled {@code acc.send(x)} 5.7 -> 5.2 ns per
     * item with the profile). A site sees both outcomes in its first two resumes, so the profile
     * does not invalidate code later (unlike the yielded-or-finished test, see {@link GeneratorOdds}).
     * The two tests are combined with {@code &}, not {@code &&}: each short-circuit is a branch of
     * its own, unprofiled and so taken for even odds, and behind three of them (when the state was
     * three flags) the profiled plain resume looked like one in eight (a loop over
     * {@code countdown(n)} compiled as if it went through the first-resume checks, which may
     * throw, in seven iterations out of eight).
     */
    protected final CountingConditionProfile plainResume = CountingConditionProfile.create();
    /**
     * Whether the resume ended in a yield. Until a generator resumed here finishes, compiled code
     * has no "finished" path at all (a compiled {@code acc.send(x)} 5.7 -> 5.2 ns per item,
     * {@code q.send(p.send(v))} 11.9 -> 9.7); the first to finish invalidates that code once.
     */
    protected final CountingConditionProfile yielded = CountingConditionProfile.create();

    @Specialization(guards = "gen.code == cachedCode", limit = "3")
    protected Object doCached(PGenerator gen, Object sent,
                    @Cached("gen.code") PCode cachedCode,
                    @Cached("create(gen.resume)") DirectCallNode call) {
        if (plainResume.profile(gen.state == PGenerator.SUSPENDED & sent == PNone.NONE)) {
            // nothing sent is pending already (see PGenerator.sent): a plain resume writes nothing there
            if (delegating) {
                return resumeBody(gen, call);
            }
        } else if (!GeneratorOps.prepare(gen, sent, null)) {
            return null;
        }
        return resumeBody(gen, call);
    }

    /** Runs the body: the value yielded ({@link #taken}) or null when it finished. */
    private Object resumeBody(PGenerator gen, DirectCallNode call) {
        gen.state = PGenerator.RUNNING;
        Object r;
        try {
            r = call.call(gen);
        } catch (Throwable t) {
            gen.left();
            throw t;
        }
        if (yielded.profile(r == Boolean.TRUE)) { // identity: no load
            gen.state = PGenerator.SUSPENDED;
            return taken(gen);
        }
        return null;
    }

    @Specialization(replaces = "doCached")
    protected static Object doGeneric(PGenerator gen, Object sent) {
        return GeneratorOps.resume(gen, sent, null);
    }
}
