package cellpy.nodes.intrinsic;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import cellpy.runtime.BuiltinFn;
import cellpy.runtime.PyObjects;
import cellpy.runtime.PyType;

/**
 * {@code isinstance(x, T)} for a class {@code T}: the answer is cached per class of {@code x} and
 * {@code T}, so compiled code tests only which class {@code x} has (a few type checks) and yields
 * a constant. Classes do not change their bases, so the answer for a pair never changes. A tuple
 * of classes and the errors go to the built-in.
 */
abstract class IsInstanceNode extends IntrinsicNode {
    IsInstanceNode(BuiltinFn fallback) {
        super(fallback);
    }

    @Specialization(guards = {"kwNames.length == 0", "args.length == 2", "cachedClass != null", "asType(arg(args, 1)) == cachedClass",
                    "typeOf(arg(args, 0)) == cachedType"}, limit = "4")
    protected static Object doCached(Object[] args, String[] kwNames,
                    @Cached("asType(arg(args, 1))") PyType cachedClass,
                    @Cached("typeOf(arg(args, 0))") PyType cachedType,
                    @Cached("isSubtype(cachedType, cachedClass)") boolean result) {
        return result;
    }

    @Specialization(replaces = "doCached")
    protected Object doOther(Object[] args, String[] kwNames) {
        return callFallback(args, kwNames);
    }

    protected static Object arg(Object[] args, int i) {
        return args[i];
    }

    protected static PyType asType(Object o) {
        return o instanceof PyType t ? t : null;
    }

    protected static PyType typeOf(Object o) {
        return PyObjects.typeOf(o);
    }

    @TruffleBoundary
    protected static boolean isSubtype(PyType type, PyType cls) {
        return type.isSubtypeOf(cls);
    }
}
