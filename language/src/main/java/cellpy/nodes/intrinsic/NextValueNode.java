package cellpy.nodes.intrinsic;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import cellpy.nodes.generator.GeneratorResumeNode;
import cellpy.runtime.PGenerator;
import cellpy.runtime.PNone;
import cellpy.runtime.PyObjects;

/** The next value of an iterator, or null when exhausted; generators resumed through a cached call. */
public abstract class NextValueNode extends Node {
    public abstract Object execute(Object iterator);

    @Specialization
    protected static Object doGenerator(PGenerator gen,
                    @Cached GeneratorResumeNode resume) {
        Object v = resume.execute(gen, PNone.NONE);
        if (v == null) {
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
