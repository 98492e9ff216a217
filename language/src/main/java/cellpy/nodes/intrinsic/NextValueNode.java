package cellpy.nodes.intrinsic;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import cellpy.nodes.generator.GeneratorOdds;
import cellpy.nodes.generator.GeneratorResumeNode;
import cellpy.nodes.call.CallDispatchNode;
import cellpy.nodes.expression.IsTrueNode;
import cellpy.nodes.expression.IsTrueNodeGen;
import cellpy.runtime.BuiltinFn;
import cellpy.runtime.Iterators;
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

    /** A list's iterator, stepped in compiled code (no boundary). */
    @Specialization
    protected static Object doListIter(Iterators.ListIter it) {
        return it.next();
    }

    /** A range's iterator, stepped in compiled code; the int is boxed (it meets the null of "exhausted"). */
    @Specialization
    protected static Object doRangeIter(Iterators.RangeIter it) {
        return it.hasNextLong() ? (Object) it.nextLong() : null;
    }

    /** {@code map(f, xs)}: {@code f} called through an inline cache (a lambda is inlined). */
    @Specialization(guards = "it.iterators.length == 1")
    protected static Object doMap1(Iterators.MapIter it,
                    @Cached NextValueNode inner,
                    @Cached CallDispatchNode call) {
        if (it.exhausted) {
            return null;
        }
        Object v = inner.execute(it.iterators[0]);
        if (v == null) {
            it.exhausted = true;
            return null;
        }
        return call.execute(it.function, new Object[]{null, v}, BuiltinFn.NO_KW);
    }

    /** {@code filter(f, xs)}: {@code f} called through an inline cache. */
    @Specialization
    protected static Object doFilter(Iterators.FilterIter it,
                    @Cached NextValueNode inner,
                    @Cached CallDispatchNode call,
                    @Cached("createIsTrue()") IsTrueNode isTrue) {
        if (it.exhausted) {
            return null;
        }
        Object v;
        while ((v = inner.execute(it.inner)) != null) {
            if (isTrue.execute(it.function == PNone.NONE ? v : call.execute(it.function, new Object[]{null, v}, BuiltinFn.NO_KW))) {
                return v;
            }
        }
        it.exhausted = true;
        return null;
    }

    protected static IsTrueNode createIsTrue() {
        return IsTrueNodeGen.create(null);
    }

    /**
     * Whether the intrinsics that drain an iterator ({@code sum}, {@code list}, {@code tuple}) step
     * it with this node: generators, and map and filter iterators over one iterable (whose function
     * is then called from compiled code, not from the built-in's Java loop).
     */
    public static boolean drainable(Object o) {
        return o instanceof PGenerator || (o instanceof Iterators.MapIter m && m.iterators.length == 1)
                        || o instanceof Iterators.FilterIter;
    }

    @Specialization(guards = "!isGenerator(it)")
    protected static Object doOther(Object it) {
        return PyObjects.next(it);
    }

    protected static boolean isGenerator(Object o) {
        return o instanceof PGenerator;
    }
}
