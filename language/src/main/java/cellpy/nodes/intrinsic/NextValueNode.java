package cellpy.nodes.intrinsic;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import cellpy.nodes.generator.GeneratorOdds;
import cellpy.nodes.generator.GeneratorResumeNode;
import cellpy.runtime.PGenerator;
import cellpy.runtime.PNone;
import cellpy.runtime.PyObjects;

/**
 * The next value of an iterator, or null when exhausted; generators resumed through a cached call.
 * A node made by {@link #createRaw()} returns a generator's int as {@link PGenerator#YIELDED_LONG}
 * (see {@link cellpy.nodes.generator.BoxYieldedNode}).
 */
public abstract class NextValueNode extends Node {
    @CompilationFinal protected boolean raw;

    public abstract Object execute(Object iterator);

    public static NextValueNode createRaw() {
        NextValueNode n = NextValueNodeGen.create();
        n.raw = true;
        return n;
    }

    protected final GeneratorResumeNode createResume() {
        return raw ? GeneratorResumeNode.createRaw() : GeneratorResumeNode.create();
    }

    @Specialization
    protected Object doGenerator(PGenerator gen,
                    @Cached("createResume()") GeneratorResumeNode resume) {
        Object v = resume.execute(gen, PNone.NONE);
        if (!GeneratorOdds.goesOn(v != null)) {
            gen.returnValue = PNone.NONE;
        }
        return v;
    }

    @Specialization(guards = "!isGenerator(it)")
    protected static Object doOther(Object it) {
        return PyObjects.next(it);
    }

    protected static boolean isGenerator(Object o) {
        return o instanceof PGenerator;
    }
}
