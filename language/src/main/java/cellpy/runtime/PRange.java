package cellpy.runtime;

/** {@code range(start, stop, step)} over longs; step is never 0. */
public final class PRange {
    public final long start;
    public final long stop;
    public final long step;

    public PRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /** The number of elements, as CPython computes it. */
    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / -step + 1 : 0;
    }
}
