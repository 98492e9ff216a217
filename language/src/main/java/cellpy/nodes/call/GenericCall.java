package cellpy.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import cellpy.runtime.PBoundMethod;
import cellpy.runtime.PBuiltinFunction;
import cellpy.runtime.PCode;
import cellpy.runtime.PFunction;
import cellpy.runtime.PInstance;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyObjects;
import cellpy.runtime.PyType;

/**
 * The uncached call: any callable, any arguments. Used by built-ins (through
 * {@link cellpy.runtime.Calls}) and by call sites that have seen too many different callees.
 * {@code args} holds positionals then keyword values, as in {@link cellpy.runtime.BuiltinFn}.
 */
public final class GenericCall {
    private GenericCall() {
    }

    @TruffleBoundary
    public static Object call(Object callable, Object[] args, String[] kwNames) {
        if (callable instanceof PFunction fn) {
            PCode code = fn.code;
            if (kwNames.length == 0 && args.length == code.argcount && code.kwonlyargcount == 0 && !code.hasVarargs
                            && !code.hasVarkw) {
                // exactly the positional parameters: no binding needed
                Object[] frameArgs = new Object[args.length + 1];
                frameArgs[0] = fn;
                System.arraycopy(args, 0, frameArgs, 1, args.length);
                return code.getCallTarget().call(frameArgs);
            }
            return code.getCallTarget().call(ArgBinder.bind(fn, args, 0, kwNames));
        }
        if (callable instanceof PBuiltinFunction b) {
            return b.getFn().call(args, kwNames);
        }
        if (callable instanceof PBoundMethod m) {
            Object[] full = new Object[args.length + 1];
            full[0] = m.self();
            System.arraycopy(args, 0, full, 1, args.length);
            return call(m.function(), full, kwNames);
        }
        if (callable instanceof PyType t) {
            return construct(t, args, kwNames);
        }
        if (callable instanceof PInstance inst) {
            Object call = inst.getType().lookup("__call__");
            if (call != null) {
                return call(new PBoundMethod(inst, call), args, kwNames);
            }
        }
        throw PyErrors.typeError("'%s' object is not callable", PyObjects.typeName(callable));
    }

    /** Calling a type: a built-in type's constructor, or a user class (instance, then __init__). */
    @TruffleBoundary
    public static Object construct(PyType t, Object[] args, String[] kwNames) {
        if (t.isBuiltin()) {
            if (t.constructor == null) {
                throw PyErrors.typeError("cannot create '%s' instances", t.getName());
            }
            return t.constructor.call(args, kwNames);
        }
        return UserClasses.instantiate(t, args, kwNames);
    }
}
