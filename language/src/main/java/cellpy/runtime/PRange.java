package cellpy.runtime;

/**
 * {@code range(start, stop, step)} over longs; step is never 0. The length is computed once: a
 * {@code for} loop over a range compares its index with it on every iteration.
 */
public final class PRange {
    public final long start;
    public final long stop;
    public final long step;
    private final long length;

    public PRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        if (step > 0) {
            this.length = start < stop ? (stop - start - 1) / step + 1 : 0;
        } else {
            this.length = start > stop ? (start - stop - 1) / -step + 1 : 0;
        }
    }

    /** The number of elements, as CPython computes it. */
    public long length() {
        return length;
    }
}
