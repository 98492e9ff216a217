package cellpy.interop;

import cellpy.runtime.PInstance;

import com.oracle.truffle.api.interop.TruffleObject;
import java.math.BigInteger;

/**
 * Makes a guest value fit to hand to the polyglot API: longs, doubles, booleans and strings are
 * interop primitives already, and the containers, functions and None export interop messages
 * themselves; big ints and other values get a wrapper.
 */
public final class GuestValues {
    private GuestValues() {
    }

    public static Object toInterop(Object v) {
        if (v instanceof PInstance) {
            // a DynamicObject, so a TruffleObject, but one that exports nothing: shown by its repr
            return new OpaqueValue(v);
        }
        if (v instanceof Long || v instanceof Double || v instanceof Boolean || v instanceof String
                        || v instanceof TruffleObject) {
            return v;
        }
        if (v instanceof BigInteger b) {
            return new BigIntValue(b);
        }
        return new OpaqueValue(v);
    }

    /** Undoes {@link #toInterop} and converts host values arriving from Java. */
    public static Object toGuest(Object v) {
        if (v instanceof BigIntValue b) {
            return b.value;
        }
        if (v instanceof OpaqueValue o) {
            return o.value;
        }
        return HostValues.toGuest(v);
    }
}
