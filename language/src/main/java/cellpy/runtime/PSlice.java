package cellpy.runtime;

/** A slice object {@code start:stop:step}; each part is a guest value (None when omitted). */
public record PSlice(Object start, Object stop, Object step) {
    /**
     * A bound of a step-1 slice adjusted to a sequence of length n (negative counts from the end),
     * as {@code Items.sliceIndices} adjusts it, for the nodes' fast paths: no boundary, no array.
     */
    public static int clampBound(long i, int n) {
        if (i < 0) {
            i += n;
            return i < 0 ? 0 : (int) i;
        }
        return i > n ? n : (int) i;
    }
}
