package cellpy.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import cellpy.interop.GuestValues;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.ArrayList;
import java.util.Collection;

/**
 * A mutable list: an {@link ArrayList} of guest values. Unhashable, identity equality in Java. Seen
 * from the polyglot API as a modifiable array.
 */
@ExportLibrary(InteropLibrary.class)
public final class PList implements TruffleObject {
    public final ArrayList<Object> items;

    public PList() {
        this.items = new ArrayList<>();
    }

    public PList(int capacity) {
        this.items = new ArrayList<>(capacity);
    }

    public PList(Collection<?> values) {
        this.items = new ArrayList<>(values);
    }

    public PList(Object[] values) {
        this.items = new ArrayList<>(values.length);
        for (Object v : values) {
            items.add(v);
        }
    }

    public int size() {
        return items.size();
    }

    public Object get(int i) {
        return items.get(i);
    }

    public void add(Object v) {
        items.add(v);
    }

    /** A new list of items {@code [from, to)} (0 <= from, to <= size; empty when to <= from). */
    @TruffleBoundary
    public PList slice(int from, int to) {
        return to <= from ? new PList() : new PList(items.subList(from, to));
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    long getArraySize() {
        return items.size();
    }

    @ExportMessage(name = "isArrayElementReadable")
    @ExportMessage(name = "isArrayElementModifiable")
    @TruffleBoundary
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < items.size();
    }

    @ExportMessage
    boolean isArrayElementInsertable(long index) {
        return false;
    }

    @ExportMessage
    @TruffleBoundary
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayElementReadable(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        return GuestValues.toInterop(items.get((int) index));
    }

    @ExportMessage
    @TruffleBoundary
    void writeArrayElement(long index, Object value) throws InvalidArrayIndexException {
        if (!isArrayElementReadable(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        items.set((int) index, GuestValues.toGuest(value));
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends com.oracle.truffle.api.TruffleLanguage<?>> getLanguage() {
        return cellpy.CellpyLanguage.class;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(boolean allowSideEffects) {
        return PyObjects.repr(this);
    }
}
