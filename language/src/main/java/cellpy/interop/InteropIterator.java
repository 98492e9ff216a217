package cellpy.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import java.util.Iterator;

/** A polyglot iterator over a snapshot (a dict's entries). */
@ExportLibrary(InteropLibrary.class)
public final class InteropIterator implements TruffleObject {
    private final Iterator<Object> it;

    public InteropIterator(Iterator<Object> it) {
        this.it = it;
    }

    @ExportMessage
    boolean isIterator() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    boolean hasIteratorNextElement() {
        return it.hasNext();
    }

    @ExportMessage
    @TruffleBoundary
    Object getIteratorNextElement() throws StopIterationException {
        if (!it.hasNext()) {
            throw StopIterationException.create();
        }
        return it.next();
    }
}
