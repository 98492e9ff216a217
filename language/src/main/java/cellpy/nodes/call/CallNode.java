package cellpy.nodes.call;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import cellpy.nodes.ExprNode;
import cellpy.nodes.expression.SequenceElements;
import cellpy.runtime.PDict;
import cellpy.runtime.PKeywords;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyObjects;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code f(a, *b, k=v, **m)}: the callee, then positionals, then keywords, in source order, into
 * one array (slot 0 free for the dispatch) and the keyword names.
 */
public final class CallNode extends ExprNode {
    @Child private ExprNode callee;
    @Child private SequenceElements args;
    @Children private final ExprNode[] kwValues;
    /** Keyword names; a null entry means {@code **kwValues[i]}. */
    private final String[] kwNames;
    private final boolean hasDoubleStar;
    /** The keyword names the last {@code **} spread produced (see {@link #merge}). */
    private String[] lastMergedNames;
    @Child private CallDispatchNode dispatch = CallDispatchNodeGen.create();

    public CallNode(ExprNode callee, SequenceElements args, String[] kwNames, ExprNode[] kwValues) {
        this.callee = callee;
        this.args = args;
        this.kwNames = kwNames;
        this.kwValues = kwValues;
        boolean ds = false;
        for (String k : kwNames) {
            ds |= k == null;
        }
        this.hasDoubleStar = ds;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object f = callee.executeGeneric(frame);
        if (kwValues.length == 0) {
            return dispatch.execute(f, args.execute(frame, 1), cellpy.runtime.BuiltinFn.NO_KW);
        }
        Object[] pos = args.execute(frame, 1);
        if (!hasDoubleStar) {
            return dispatch.execute(f, appendKeywords(frame, pos), kwNames);
        }
        return callWithDoubleStar(frame, f, pos);
    }

    @ExplodeLoop
    private Object[] appendKeywords(VirtualFrame frame, Object[] pos) {
        Object[] all = new Object[pos.length + kwValues.length];
        System.arraycopy(pos, 0, all, 0, pos.length);
        for (int i = 0; i < kwValues.length; i++) {
            all[pos.length + i] = kwValues[i].executeGeneric(frame);
        }
        return all;
    }

    @ExplodeLoop
    private Object callWithDoubleStar(VirtualFrame frame, Object f, Object[] pos) {
        Object[] values = new Object[kwValues.length];
        for (int i = 0; i < kwValues.length; i++) {
            values[i] = kwValues[i].executeGeneric(frame);
        }
        if (values.length == 1 && kwNames[0] == null) {
            if (values[0] instanceof PKeywords k) {
                if ((seen & SEEN_FORWARDED) == 0) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    seen |= SEEN_FORWARDED;
                }
                return dispatch.execute(f, appendForwarded(pos, k), k.names); // f(..., **kwargs) passing kwargs on
            }
            if (values[0] instanceof PDict d && d.size() == 0) {
                if ((seen & SEEN_EMPTY) == 0) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    seen |= SEEN_EMPTY;
                }
                return dispatch.execute(f, pos, cellpy.runtime.BuiltinFn.NO_KW); // f(..., **kwargs) with nothing in kwargs
            }
        }
        if ((seen & SEEN_MERGED) == 0) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            seen |= SEEN_MERGED;
        }
        Merged m = merge(f, pos, values);
        return dispatch.execute(f, m.args(), m.kwNames());
    }

    /**
     * Which ways of spreading {@code **} this site took so far: compiled code has only those. A
     * decorator's {@code f(*args, **kwargs)} only ever passes a forwarded {@code kwargs} on; with
     * the other two ways compiled in as well (unprofiled, so at even odds), the arguments reached
     * the merging boundary on one of them, escape analysis allocated them on all (a wrapped call
     * 6 ns instead of 1), and the call was dispatched from three places, three copies of the callee
     * cache in the wrapper's graph.
     */
    @CompilationFinal private int seen;
    private static final int SEEN_FORWARDED = 1;
    private static final int SEEN_EMPTY = 2;
    private static final int SEEN_MERGED = 4;

    private static Object[] appendForwarded(Object[] pos, PKeywords k) {
        if (k.values.length == 0) {
            return pos;
        }
        Object[] all = new Object[pos.length + k.values.length];
        System.arraycopy(pos, 0, all, 0, pos.length);
        System.arraycopy(k.values, 0, all, pos.length, k.values.length);
        return all;
    }

    /** The call's arguments once the {@code **} mappings are spread: positionals, then keyword values. */
    private record Merged(Object[] args, String[] kwNames) {
    }

    /**
     * Spreads the {@code **} mappings (a boundary: it walks dicts); the call itself stays outside,
     * so {@code f(*args, **kwargs)} in a decorator's wrapper still reaches the callee through the
     * inline cache and can be inlined. An empty {@code **kwargs} adds no keywords.
     */
    @TruffleBoundary
    private Merged merge(Object f, Object[] pos, Object[] values) {
        List<String> names = new ArrayList<>();
        List<Object> vals = new ArrayList<>();
        for (int i = 0; i < kwNames.length; i++) {
            if (kwNames[i] != null) {
                addKw(f, names, vals, kwNames[i], values[i]);
            } else if (values[i] instanceof PKeywords k) {
                for (int j = 0; j < k.names.length; j++) {
                    addKw(f, names, vals, k.names[j], k.values[j]);
                }
            } else {
                if (!(values[i] instanceof PDict d)) {
                    throw PyErrors.typeError("%s argument after ** must be a mapping, not %s",
                                    calleeName(f), PyObjects.typeName(values[i]));
                }
                for (PDict.Entry e : d.entries()) {
                    if (!(e.key instanceof String s)) {
                        throw PyErrors.typeError("keywords must be strings");
                    }
                    addKw(f, names, vals, s, e.value);
                }
            }
        }
        if (names.isEmpty()) {
            return new Merged(pos, cellpy.runtime.BuiltinFn.NO_KW);
        }
        String[] kw = names.toArray(new String[0]);
        if (java.util.Arrays.equals(kw, lastMergedNames)) {
            kw = lastMergedNames; // the same names as last time: the same array, so the callee's keyword plan applies
        } else {
            lastMergedNames = kw;
        }
        Object[] all = new Object[pos.length + vals.size()];
        System.arraycopy(pos, 0, all, 0, pos.length);
        for (int i = 0; i < vals.size(); i++) {
            all[pos.length + i] = vals.get(i);
        }
        return new Merged(all, kw);
    }

    private static void addKw(Object f, List<String> names, List<Object> vals, String name, Object value) {
        if (names.contains(name)) {
            throw PyErrors.typeError("%s got multiple values for keyword argument '%s'", calleeName(f), name);
        }
        names.add(name);
        vals.add(value);
    }

    /** CPython's {@code _PyObject_FunctionStr}: a function is named with its module, unless that is builtins. */
    private static String calleeName(Object f) {
        if (f instanceof cellpy.runtime.PFunction fn) {
            Object m = fn.attrs != null && fn.attrs.containsKey("__module__") ? fn.attrs.get("__module__")
                            : fn.globals == null ? null : fn.globals.getStr("__name__");
            return m instanceof String s && !s.equals("builtins") ? s + "." + fn.qualname + "()" : fn.qualname + "()";
        }
        if (f instanceof cellpy.runtime.PBuiltinFunction b) {
            return b.getName() + "()";
        }
        return PyObjects.typeName(f) + " object";
    }
}
