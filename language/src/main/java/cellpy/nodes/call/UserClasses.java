package cellpy.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.PBoundMethod;
import cellpy.runtime.PFunction;
import cellpy.runtime.PNone;
import cellpy.runtime.PStaticMethod;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyObjects;
import cellpy.runtime.PyType;

/**
 * Calling a user-defined class, as {@code type.__call__} does: {@code __new__} (a user one, else
 * object's or BaseException's allocation: an exception instance keeps the positional arguments as
 * its {@code args}), then {@code __init__} when the result is an instance of the class. Without a
 * user {@code __init__} or {@code __new__}, arguments are an error with CPython's texts.
 */
public final class UserClasses {
    private UserClasses() {
    }

    @TruffleBoundary
    public static Object instantiate(PyType t, Object[] args, String[] kwNames) {
        Object userNew = PyObjects.userMethod(t, "__new__");
        Object userInit = PyObjects.userMethod(t, "__init__");
        boolean exception = t.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION);
        Object obj;
        if (userNew != null) {
            Object[] full = new Object[args.length + 1];
            full[0] = t;
            System.arraycopy(args, 0, full, 1, args.length);
            obj = GenericCall.call(userNew instanceof PStaticMethod sm ? sm.function() : userNew, full, kwNames);
            if (!PyObjects.isInstance(obj, t)) {
                return obj;
            }
        } else {
            if (userInit == null && args.length > 0) {
                if (!exception) {
                    throw PyErrors.typeError("%s() takes no arguments", t.getName());
                }
                if (kwNames.length > 0) {
                    throw PyErrors.typeError("%s() takes no keyword arguments", t.getName());
                }
            }
            Object[] pos = new Object[args.length - kwNames.length];
            System.arraycopy(args, 0, pos, 0, pos.length);
            obj = PyObjects.newInstance(t, pos);
        }
        if (userInit != null) {
            Object init = userInit instanceof PFunction ? new PBoundMethod(obj, userInit) : PyObjects.getAttr(obj, "__init__");
            Object r = GenericCall.call(init, args, kwNames);
            if (r != PNone.NONE) {
                throw PyErrors.typeError("__init__() should return None, not '%s'", PyObjects.typeName(r));
            }
        }
        return obj;
    }
}
