package cellpy.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import cellpy.runtime.PNone;

/**
 * Converts values arriving from Java or other languages into guest values: interop numbers become
 * int (long) or float (double), strings str, booleans bool, null None; other foreign objects pass
 * through unchanged.
 */
public final class HostValues {
    private HostValues() {
    }

    @TruffleBoundary
    public static Object toGuest(Object v) {
        if (v instanceof Long || v instanceof Double || v instanceof String || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Integer i) {
            return (long) i;
        }
        if (v instanceof Short s) {
            return (long) s;
        }
        if (v instanceof Byte b) {
            return (long) b;
        }
        if (v instanceof Float f) {
            return (double) f;
        }
        if (v instanceof Character c) {
            return String.valueOf(c);
        }
        InteropLibrary lib = InteropLibrary.getUncached();
        try {
            if (lib.isNull(v)) {
                return PNone.NONE;
            }
            if (lib.isBoolean(v)) {
                return lib.asBoolean(v);
            }
            if (lib.isString(v)) {
                return lib.asString(v);
            }
            if (lib.isNumber(v)) {
                if (lib.fitsInLong(v)) {
                    return lib.asLong(v);
                }
                if (lib.fitsInDouble(v)) {
                    return lib.asDouble(v);
                }
            }
        } catch (UnsupportedMessageException e) {
            // fall through: keep the foreign object
        }
        return v;
    }
}
