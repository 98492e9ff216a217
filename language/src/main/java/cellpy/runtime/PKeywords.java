package cellpy.runtime;

/**
 * The {@code **kwargs} of a function that only passes it on whole ({@code f(*args, **kwargs)} in a
 * decorator's wrapper): the extra keywords of the call as two arrays instead of a dict. The
 * translator proves that no code of the function can see the object itself (see
 * {@code translate/KwargsForwarding}), so the only thing done with it is spreading it into another
 * call, which appends the values and passes the names on: no dict is built and no boundary is
 * crossed, and the names array, worked out once per call site and callee, keeps its identity, so
 * the next callee's keyword plan applies too. Escape analysis removes the object in compiled code.
 */
public final class PKeywords {
    public static final PKeywords EMPTY = new PKeywords(BuiltinFn.NO_KW, new Object[0]);

    public final String[] names;
    public final Object[] values;

    public PKeywords(String[] names, Object[] values) {
        this.names = names;
        this.values = values;
    }
}
