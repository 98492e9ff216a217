package cellpy.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.PBaseException;
import cellpy.runtime.PBoundMethod;
import cellpy.runtime.PInstance;
import cellpy.runtime.PNone;
import cellpy.runtime.PTuple;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyType;

/**
 * Instantiating a user-defined class: a plain instance (or an exception instance for subclasses of
 * BaseException), then {@code __init__} if the class defines one.
 */
public final class UserClasses {
    private UserClasses() {
    }

    @TruffleBoundary
    public static Object instantiate(PyType t, Object[] args, String[] kwNames) {
        PInstance obj;
        if (t.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
            int npos = args.length - kwNames.length;
            Object[] pos = new Object[npos];
            System.arraycopy(args, 0, pos, 0, npos);
            obj = new PBaseException(t, new PTuple(pos));
        } else {
            obj = new PInstance(t);
        }
        Object init = t.lookup("__init__");
        if (init != null && !(obj instanceof PBaseException && init instanceof cellpy.runtime.PBuiltinFunction)) {
            Object r = GenericCall.call(new PBoundMethod(obj, init), args, kwNames);
            if (r != PNone.NONE) {
                throw PyErrors.typeError("__init__() should return None, not '%s'", cellpy.runtime.PyObjects.typeName(r));
            }
        } else if (init == null && args.length > 0 && !(obj instanceof PBaseException)) {
            throw PyErrors.typeError("%s() takes no arguments", t.getName());
        }
        return obj;
    }
}
