package cellpy.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import cellpy.interop.GuestValues;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * An immutable tuple. {@code equals}/{@code hashCode} follow Python's {@code ==} and
 * {@code hash()} so tuples work as dict keys and set members.
 */
@ExportLibrary(InteropLibrary.class)
public final class PTuple implements TruffleObject {
    public static final PTuple EMPTY = new PTuple(new Object[0]);

    private final Object[] items;

    public PTuple(Object[] items) {
        this.items = items;
    }

    /** A tuple of these items: the one empty tuple when there are none, as in CPython ({@code tuple([]) is ()}). */
    public static PTuple of(Object... items) {
        return items.length == 0 ? EMPTY : new PTuple(items);
    }

    /** The backing array: never modify it. */
    public Object[] items() {
        return items;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    /**
     * Items {@code [from, to)} (0 <= from, to <= size) as a tuple: this tuple itself when that is all
     * of it and the empty tuple when nothing, as in CPython ({@code t[:] is t}).
     */
    @TruffleBoundary
    public PTuple slice(int from, int to) {
        if (to <= from) {
            return EMPTY;
        }
        if (from == 0 && to == items.length) {
            return this;
        }
        return new PTuple(java.util.Arrays.copyOfRange(items, from, to));
    }

    @Override
    @TruffleBoundary
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PTuple other) || other.items.length != items.length) {
            return false;
        }
        for (int i = 0; i < items.length; i++) {
            if (!PyObjects.eq(items[i], other.items[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    @TruffleBoundary
    public int hashCode() {
        return Long.hashCode(PyObjects.hash(this));
    }

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return items.length;
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < items.length;
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayElementReadable(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        return GuestValues.toInterop(items[(int) index]);
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
