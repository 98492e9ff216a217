package cellpy.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** Python's None: one instance, seen from Java as a polyglot null. */
@ExportLibrary(InteropLibrary.class)
public final class PNone implements TruffleObject {
    public static final PNone NONE = new PNone();

    private PNone() {
    }

    @ExportMessage
    boolean isNull() {
        return true;
    }

    @Override
    public String toString() {
        return "None";
    }
}
