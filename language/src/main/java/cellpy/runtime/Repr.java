package cellpy.runtime;

import static cellpy.runtime.PyObjects.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code repr()} and {@code str()} of every value, exactly as CPython prints them (containers with the {@code [...]} recursion guard, functions, cells, types, exceptions), and the last line of a traceback. Used through {@link PyObjects}.
 */
final class Repr {
    private Repr() {
    }

    /** Containers being repr'd right now, for the {@code [...]} recursion guard. */
    static final List<Object> REPR_STACK = new ArrayList<>();

    static boolean enterRepr(Object o) {
        for (Object x : REPR_STACK) {
            if (x == o) {
                return false;
            }
        }
        REPR_STACK.add(o);
        return true;
    }

    static void leaveRepr(Object o) {
        for (int i = REPR_STACK.size() - 1; i >= 0; i--) {
            if (REPR_STACK.get(i) == o) {
                REPR_STACK.remove(i);
                return;
            }
        }
    }

    @TruffleBoundary
    public static String repr(Object o) {
        if (o instanceof String s) {
            return PyStr.repr(s);
        } else if (o instanceof Long || o instanceof BigInteger) {
            return o.toString();
        } else if (o instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (o instanceof Double d) {
            return FloatFormat.repr(d);
        } else if (o == PNone.NONE) {
            return "None";
        } else if (o instanceof PList l) {
            if (l.size() == 0) {
                return "[]";
            }
            if (!enterRepr(o)) {
                return "[...]";
            }
            try {
                StringBuilder sb = new StringBuilder("[");
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(repr(l.get(i)));
                }
                return sb.append(']').toString();
            } finally {
                leaveRepr(o);
            }
        } else if (o instanceof PTuple t) {
            if (t.size() == 0) {
                return "()";
            }
            if (!enterRepr(o)) {
                return "(...)";
            }
            try {
                StringBuilder sb = new StringBuilder("(");
                for (int i = 0; i < t.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(repr(t.get(i)));
                }
                if (t.size() == 1) {
                    sb.append(',');
                }
                return sb.append(')').toString();
            } finally {
                leaveRepr(o);
            }
        } else if (o instanceof PDict d) {
            if (d.size() == 0) {
                return "{}";
            }
            if (!enterRepr(o)) {
                return "{...}";
            }
            try {
                StringBuilder sb = new StringBuilder("{");
                boolean first = true;
                for (PDict.Entry e : d.entries()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(repr(e.key)).append(": ").append(repr(e.value));
                }
                return sb.append('}').toString();
            } finally {
                leaveRepr(o);
            }
        } else if (o instanceof PSet s) {
            String name = s.frozen ? "frozenset" : "set";
            if (s.size() == 0) {
                return name + "()";
            }
            if (!enterRepr(o)) {
                return name + "(...)";
            }
            try {
                StringBuilder sb = new StringBuilder(s.frozen ? "frozenset({" : "{");
                boolean first = true;
                for (Object v : s.items()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(repr(v));
                }
                sb.append('}');
                if (s.frozen) {
                    sb.append(')');
                }
                return sb.toString();
            } finally {
                leaveRepr(o);
            }
        } else if (o instanceof PInstance i) {
            return instanceRepr(i);
        } else if (o instanceof PRange r) {
            return r.step == 1 ? "range(" + r.start + ", " + r.stop + ")"
                            : "range(" + r.start + ", " + r.stop + ", " + r.step + ")";
        } else if (o instanceof PSlice s) {
            return "slice(" + repr(s.start()) + ", " + repr(s.stop()) + ", " + repr(s.step()) + ")";
        } else if (o instanceof PFunction f) {
            return "<function " + f.qualname + " at " + addr(f) + ">";
        } else if (o instanceof PBuiltinFunction f) {
            if (f.getOwner() != null) {
                return "<method '" + f.getName() + "' of '" + f.getOwner().getName() + "' objects>";
            }
            return "<built-in function " + f.getName() + ">";
        } else if (o instanceof PBoundMethod m) {
            if (m.function() instanceof PBuiltinFunction f) {
                if (m.self() instanceof PModule mod) {
                    return "<built-in function " + f.getName() + ">";
                }
                return "<built-in method " + f.getName() + " of " + typeName(m.self()) + " object at " + addr(m.self()) + ">";
            }
            String qn = m.function() instanceof PFunction f ? f.qualname : String.valueOf(getAttr(m.function(), "__qualname__"));
            return "<bound method " + qn + " of " + repr(m.self()) + ">";
        } else if (o instanceof Cell c) {
            Object v = c.get();
            if (v == null) {
                return "<cell at " + addr(c) + ": empty>";
            }
            return "<cell at " + addr(c) + ": " + typeName(v) + " object at " + addr(v) + ">";
        } else if (o instanceof PyType t) {
            return t.toString();
        } else if (o instanceof PCode c) {
            return "<code object " + c.name + " at " + addr(c) + ", file \"" + c.fileName + "\", line " + c.firstLine + ">";
        } else if (o instanceof PModule m) {
            return "<module '" + m.name + "' (built-in)>";
        } else if (o instanceof PEllipsis) {
            return "Ellipsis";
        } else if (o instanceof PNotImplemented) {
            return "NotImplemented";
        } else if (o instanceof PDictView v) {
            if (!enterRepr(o)) {
                return "...";
            }
            try {
                StringBuilder sb = new StringBuilder(v.typeName()).append("([");
                Object it = iter(v);
                Object x;
                boolean first = true;
                while ((x = next(it)) != null) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(repr(x));
                }
                return sb.append("])").toString();
            } finally {
                leaveRepr(o);
            }
        } else if (o instanceof PIterator it) {
            String r = it.repr();
            return r != null ? r : "<" + it.typeName() + " object at " + addr(o) + ">";
        } else if (o instanceof PSuper sup) {
            return "<super: " + repr(sup.cls()) + ", " + (sup.self() instanceof PyType ? repr(sup.self())
                            : "<" + typeName(sup.self()) + " object>") + ">";
        }
        return "<" + typeName(o) + " object at " + addr(o) + ">";
    }

    static String checkStr(Object r, String method) {
        if (r instanceof String s) {
            return s;
        }
        throw PyErrors.typeError("%s returned non-string (type %s)", method, typeName(r));
    }

    static String instanceRepr(PInstance i) {
        Object m = userMethod(i.getType(), "__repr__");
        if (m != null) {
            return checkStr(Calls.call(m, i), "__repr__");
        }
        if (i instanceof PBaseException e) {
            PTuple args = e.getArgs();
            String name = e.getType().getName();
            if (args.size() == 1) {
                return name + "(" + repr(args.get(0)) + ")";
            }
            return name + (args.size() == 0 ? "()" : repr(args));
        }
        return defaultRepr(i);
    }

    /** {@code object.__repr__}: {@code <__main__.C object at 0x...>}. */
    @TruffleBoundary
    public static String defaultRepr(Object o) {
        PyType t = typeOf(o);
        String name = t.isBuiltin() ? t.getName() : t.getModule() + "." + t.getQualname();
        return "<" + name + " object at " + addr(o) + ">";
    }

    @TruffleBoundary
    public static String str(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof PInstance i) {
            Object m = userMethod(i.getType(), "__str__");
            if (m != null) {
                return checkStr(Calls.call(m, i), "__str__");
            }
            if (i instanceof PBaseException e) {
                return exceptionStr(e);
            }
            return instanceRepr(i);
        }
        return repr(o);
    }

    /** BaseException.__str__: "" / str(arg) / str(args); KeyError shows its key's repr. */
    @TruffleBoundary
    public static String exceptionStr(PBaseException e) {
        PTuple args = e.getArgs();
        if (args.size() == 0) {
            return "";
        }
        if (args.size() == 1) {
            if (e.getType().isSubtypeOf(BuiltinTypes.KEY_ERROR)) {
                return repr(args.get(0));
            }
            return str(args.get(0));
        }
        return str(args);
    }

    /** The last line of a traceback: {@code KeyError: 'k'}, {@code ValueError}, {@code mod.E: x}. */
    @TruffleBoundary
    public static String exceptionLine(PBaseException e) {
        PyType t = e.getType();
        String name = t.getQualname();
        String mod = t.getModule();
        if (mod != null && !mod.equals("builtins") && !mod.equals("__main__")) {
            name = mod + "." + name;
        }
        String s;
        try {
            s = str(e);
        } catch (PException ex) {
            s = "<exception str() failed>";
        }
        String line = s.isEmpty() ? name : name + ": " + s;
        Object suggestion = e.getAttribute(SUGGESTION_KEY);
        if (suggestion instanceof String sug) {
            line += ". Did you mean: '" + sug + "'?";
        }
        return line;
    }


    /** Records the closest of {@code candidates} to {@code name} as the "Did you mean" hint of e. */
    @TruffleBoundary
    public static void suggest(PBaseException e, String name, Iterable<String> candidates) {
        String best = Suggestions.closest(name, candidates);
        if (best != null) {
            e.putAttribute(SUGGESTION_KEY, best);
        }
    }
}
