package cellpy;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import cellpy.interop.InteropArray;
import cellpy.runtime.PDict;

/**
 * The {@code __main__} namespace as the polyglot API sees it ({@code context.getBindings("cellpy")}):
 * a scope whose members are the module's globals, readable and writable from Java.
 */
@ExportLibrary(InteropLibrary.class)
final class GlobalsScope implements TruffleObject {
    private final PDict globals;

    GlobalsScope(PDict globals) {
        this.globals = globals;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends com.oracle.truffle.api.TruffleLanguage<?>> getLanguage() {
        return CellpyLanguage.class;
    }

    @ExportMessage
    boolean isScope() {
        return true;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(boolean includeInternal) {
        return new InteropArray(globals.keys().toArray());
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return globals.getStr(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        Object v = globals.getStr(member);
        if (v == null) {
            throw UnknownIdentifierException.create(member);
        }
        return cellpy.interop.GuestValues.toInterop(v);
    }

    @ExportMessage
    boolean isMemberModifiable(String member) {
        return isMemberReadable(member);
    }

    @ExportMessage
    boolean isMemberInsertable(String member) {
        return !isMemberReadable(member);
    }

    @ExportMessage
    @TruffleBoundary
    void writeMember(String member, Object value) {
        globals.put(member, cellpy.interop.GuestValues.toGuest(value));
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(boolean allowSideEffects) {
        return "<module '__main__'>";
    }
}
