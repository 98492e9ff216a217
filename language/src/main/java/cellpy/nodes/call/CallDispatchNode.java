package cellpy.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import cellpy.nodes.attr.ClassLookup;
import cellpy.runtime.PBoundMethod;
import cellpy.runtime.PInstance;
import cellpy.runtime.PNone;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyObjects;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import cellpy.runtime.BuiltinFn;
import cellpy.runtime.PBuiltinFunction;
import cellpy.runtime.PCode;
import cellpy.runtime.PFunction;
import cellpy.runtime.PyType;
import cellpy.nodes.intrinsic.IntrinsicNode;

/**
 * Dispatches a call. The inline cache is keyed on the {@link PCode}, not the function object, so
 * the many closures one {@code def} or {@code lambda} makes share one {@link DirectCallNode} (and one
 * compiled body, inlinable here). {@code args[0]} is left free by the caller for the function itself;
 * when the call passes exactly the positional parameters, the array becomes the frame's arguments
 * without copying.
 */
public abstract class CallDispatchNode extends Node {
    public abstract Object execute(Object callee, Object[] args, String[] kwNames);

    protected static boolean isSimple(PCode code, Object[] args, String[] kwNames) {
        return kwNames.length == 0 && args.length - 1 == code.argcount && code.kwonlyargcount == 0
                        && !code.hasVarargs && !code.hasVarkw;
    }

    /**
     * A trivial function called with positional arguments runs in this site's own copy; defaults
     * and {@code *args} are bound as for a call (a default-capturing {@code lambda x, k=k: ...}
     * is the common case).
     */
    @Specialization(guards = {"fn.code == cachedCode", "kwNames.length == 0", "inlined != null"}, limit = "4")
    protected static Object doInlined(PFunction fn, Object[] args, String[] kwNames,
                    @Cached("fn.code") PCode cachedCode,
                    @Cached("inlineCopy(cachedCode)") InlinedCallNode inlined,
                    @Cached("createCount()") ArgumentCount count) {
        if (isSimple(cachedCode, args, kwNames)) {
            args[0] = fn;
            return inlined.call(args);
        }
        return inlined.call(boundPositional(count, fn, cachedCode, args));
    }

    /** See {@link InlinedCallNode#create}: null when this site calls the function instead. */
    protected final InlinedCallNode inlineCopy(PCode code) {
        return InlinedCallNode.create(code, this);
    }

    @Specialization(guards = {"fn.code == cachedCode", "isSimple(cachedCode, args, kwNames)"}, limit = "4")
    protected static Object doDirectSimple(PFunction fn, Object[] args, String[] kwNames,
                    @Cached("fn.code") PCode cachedCode,
                    @Cached("create(cachedCode.getCallTarget())") DirectCallNode call) {
        args[0] = fn;
        return call.call(args);
    }

    @Specialization(guards = "fn.code == cachedCode", limit = "4", replaces = "doDirectSimple")
    protected static Object doDirect(PFunction fn, Object[] args, String[] kwNames,
                    @Cached("fn.code") PCode cachedCode,
                    @Cached("createPlan(cachedCode, kwNames)") KeywordPlan plan,
                    @Cached("createCount()") ArgumentCount count,
                    @Cached("create(cachedCode.getCallTarget())") DirectCallNode call) {
        if (isSimple(cachedCode, args, kwNames)) {
            args[0] = fn;
            return call.call(args);
        }
        if (kwNames.length == 0) {
            return call.call(boundPositional(count, fn, cachedCode, args));
        }
        Object[] bound = plan.bindFor(kwNames, fn, cachedCode, args);
        return call.call(bound != null ? bound : bound(fn, cachedCode, args, kwNames));
    }

    protected static KeywordPlan createPlan(PCode code, String[] kwNames) {
        return KeywordPlan.create(code, kwNames);
    }

    protected static ArgumentCount createCount() {
        return new ArgumentCount();
    }

    private static final ArgumentCount.Binding POSITIONAL = ArgBinder::bindPositionalUnrolled;
    private static final ArgumentCount.Binding POSITIONAL_GENERIC = (fn, code, args, length) -> ArgBinder.bindPositional(fn, code, args,
                    BuiltinFn.NO_KW);

    /** Positional arguments only, bound with their count as a constant where the site saw it before. */
    private static Object[] boundPositional(ArgumentCount count, PFunction fn, PCode code, Object[] args) {
        Object[] bound = count.bind(POSITIONAL, POSITIONAL_GENERIC, fn, code, args);
        return bound != null ? bound : ArgBinder.bind(fn, args, 1, BuiltinFn.NO_KW);
    }

    private static Object[] bound(PFunction fn, PCode code, Object[] args, String[] kwNames) {
        Object[] bound = ArgBinder.bindPositional(fn, code, args, kwNames);
        return bound != null ? bound : ArgBinder.bind(fn, args, 1, kwNames);
    }

    @Specialization(replaces = {"doInlined", "doDirect"})
    protected static Object doIndirect(PFunction fn, Object[] args, String[] kwNames,
                    @Cached IndirectCallNode call) {
        if (isSimple(fn.code, args, kwNames)) {
            args[0] = fn;
            return call.call(fn.code.getCallTarget(), args);
        }
        return call.call(fn.code.getCallTarget(), bound(fn, fn.code, args, kwNames));
    }

    @Specialization(guards = {"fn == cachedFn", "hasIntrinsicFunction(cachedFn)"}, limit = "3")
    protected static Object doIntrinsicFunction(PBuiltinFunction fn, Object[] args, String[] kwNames,
                    @Cached("fn") PBuiltinFunction cachedFn,
                    @Cached("createIntrinsic(cachedFn)") IntrinsicNode intrinsic) {
        return intrinsic.execute(shift(args), kwNames);
    }

    @Specialization(guards = {"t == cachedType", "hasIntrinsicType(cachedType)"}, limit = "2")
    protected static Object doIntrinsicType(PyType t, Object[] args, String[] kwNames,
                    @Cached("t") PyType cachedType,
                    @Cached("createIntrinsic(cachedType)") IntrinsicNode intrinsic) {
        return intrinsic.execute(shift(args), kwNames);
    }

    @Specialization(replaces = "doIntrinsicFunction")
    protected static Object doBuiltin(PBuiltinFunction fn, Object[] args, String[] kwNames) {
        return callBuiltin(fn.getFn(), shift(args), kwNames);
    }

    /**
     * A builtin's Java code is not partially evaluated: left as a plain interface call, Graal
     * would compile it as a virtual call it cannot inline (a performance warning, and everything
     * passed to it escapes just the same). Python exceptions it raises are ordinary results here,
     * so they do not invalidate the caller's compiled code.
     */
    @TruffleBoundary(transferToInterpreterOnException = false)
    static Object callBuiltin(BuiltinFn fn, Object[] args, String[] kwNames) {
        return fn.call(args, kwNames);
    }

    /**
     * Calling a user class with an {@code __init__} and no {@code __new__}: a fresh instance, then
     * {@code __init__} through a dispatch of its own, so it can be inlined here and the instance
     * need not escape.
     */
    @Specialization(guards = {"t == init.type", "init.instantiable"}, assumptions = "init.assumptions", limit = "3")
    protected static Object doUserClass(PyType t, Object[] args, String[] kwNames,
                    @Cached("initLookup(t)") ClassLookup init,
                    @Cached CallDispatchNode initCall) {
        PInstance obj = new PInstance(t);
        Object[] all = new Object[args.length + 1];
        all[1] = obj;
        System.arraycopy(args, 1, all, 2, args.length - 1);
        Object r = initCall.execute(init.function, all, kwNames);
        if (r != PNone.NONE) {
            throw initReturned(r);
        }
        return obj;
    }

    /** A bound method (a callback like {@code obj.method} stored and called later): self prepended, then dispatched. */
    @Specialization
    protected static Object doBoundMethod(PBoundMethod m, Object[] args, String[] kwNames,
                    @Cached CallDispatchNode methodCall) {
        Object[] all = new Object[args.length + 1];
        all[1] = m.self();
        System.arraycopy(args, 1, all, 2, args.length - 1);
        return methodCall.execute(m.function(), all, kwNames);
    }

    /**
     * An instance of a user class with {@code __call__} (a function object, or functor): the method
     * found once per class, then dispatched with the instance prepended, so it can be inlined here
     * like a closure call instead of going through the generic call behind a boundary.
     */
    @Specialization(guards = {"inst.getType() == call.type", "isCallable(call)"}, assumptions = "call.assumptions", limit = "3")
    protected static Object doCallableInstance(PInstance inst, Object[] args, String[] kwNames,
                    @Cached("callLookup(inst)") ClassLookup call,
                    @Cached CallDispatchNode methodCall) {
        Object[] all = new Object[args.length + 1];
        all[1] = inst;
        System.arraycopy(args, 1, all, 2, args.length - 1);
        return methodCall.execute(call.function, all, kwNames);
    }

    protected static ClassLookup callLookup(PInstance inst) {
        return ClassLookup.of(inst.getType(), "__call__");
    }

    protected static boolean isCallable(ClassLookup call) {
        return call.function != null && call.cacheableGet;
    }

    protected static ClassLookup initLookup(PyType t) {
        return ClassLookup.of(t, "__init__");
    }

    @TruffleBoundary
    private static RuntimeException initReturned(Object r) {
        return PyErrors.typeError("__init__() should return None, not '%s'", PyObjects.typeName(r));
    }

    @Specialization(guards = "!isFunction(callee)")
    protected static Object doGeneric(Object callee, Object[] args, String[] kwNames) {
        return GenericCall.call(callee, shift(args), kwNames);
    }

    protected static boolean hasIntrinsicFunction(PBuiltinFunction fn) {
        return IntrinsicNode.hasIntrinsic(fn);
    }

    protected static boolean hasIntrinsicType(PyType t) {
        return IntrinsicNode.hasIntrinsic(t);
    }

    protected static IntrinsicNode createIntrinsic(PBuiltinFunction fn) {
        return IntrinsicNode.forFunction(fn);
    }

    protected static IntrinsicNode createIntrinsic(PyType t) {
        return IntrinsicNode.forType(t);
    }

    protected static boolean isFunction(Object o) {
        return o instanceof PFunction || o instanceof PBuiltinFunction;
    }

    private static Object[] shift(Object[] args) {
        Object[] out = new Object[args.length - 1];
        System.arraycopy(args, 1, out, 0, out.length);
        return out;
    }
}
