package cellpy.runtime;

/** A slice object {@code start:stop:step}; each part is a guest value (None when omitted). */
public record PSlice(Object start, Object stop, Object step) {}
