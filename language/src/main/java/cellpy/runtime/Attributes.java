package cellpy.runtime;

import static cellpy.runtime.PyObjects.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Attribute access ({@code obj.name}) for every value: instance dicts and class MROs with method binding, descriptors (property, staticmethod, classmethod, super), the special attributes of functions, code objects, cells, types and exceptions, and CPython 3.11's AttributeError texts with "Did you mean" hints. Used through {@link PyObjects}.
 */
final class Attributes {
    private Attributes() {
    }

    /** obj.name; raises AttributeError with CPython's message. */
    @TruffleBoundary
    public static Object getAttr(Object obj, String name) {
        if (obj instanceof PInstance inst) {
            Object ga = userMethod(inst.getType(), "__getattr__");
            if (ga != null) {
                // obj.name propagates the AttributeError __getattr__ raises, message and all
                Object v = instanceAttrNoHook(inst, name);
                return v != null ? v : Calls.call(ga, inst, name);
            }
        }
        Object v = lookupAttr(obj, name);
        if (v == null) {
            throw attributeError(obj, name);
        }
        return v;
    }

    /** obj.name or null when absent (getattr with default, hasattr). Other errors propagate. */
    @TruffleBoundary
    public static Object lookupAttr(Object obj, String name) {
        if (obj instanceof PSuper sup) {
            return superAttr(sup, name);
        }
        if (obj instanceof PInstance inst) {
            return instanceAttr(inst, name);
        } else if (obj instanceof PyType t) {
            return typeAttr(t, name);
        } else if (obj instanceof PModule m) {
            if (name.equals("__name__")) {
                return m.name;
            }
            if (name.equals("__dict__")) {
                return m.dict;
            }
            return m.dict.getStr(name);
        } else if (obj instanceof PFunction f) {
            Object v = functionAttr(f, name);
            if (v != null) {
                return v;
            }
        } else if (obj instanceof PCode c) {
            Object v = codeAttr(c, name);
            if (v != null) {
                return v;
            }
        } else if (obj instanceof Cell c) {
            if (name.equals("cell_contents")) {
                Object v = c.get();
                if (v == null) {
                    throw PyErrors.valueError("Cell is empty");
                }
                return v;
            }
        } else if (obj instanceof PGenerator || obj instanceof PFrame) {
            Object v = GeneratorAttributes.get(obj, name);
            if (v != null) {
                return v;
            }
        } else if (obj instanceof PBoundMethod m) {
            switch (name) {
                case "__self__":
                    return m.self();
                case "__func__":
                    if (!(m.function() instanceof PBuiltinFunction)) {
                        return m.function();
                    }
                    break;
                default:
                    if (!(m.function() instanceof PBuiltinFunction)) {
                        Object v = lookupAttr(m.function(), name);
                        if (v != null) {
                            return v;
                        }
                    } else if (name.equals("__name__") || name.equals("__qualname__")) {
                        PBuiltinFunction f = (PBuiltinFunction) m.function();
                        return name.equals("__name__") || f.getOwner() == null ? f.getName()
                                        : f.getOwner().getName() + "." + f.getName();
                    }
            }
        } else if (obj instanceof PBuiltinFunction f) {
            switch (name) {
                case "__name__":
                    return f.getName();
                case "__qualname__":
                    return f.getOwner() == null ? f.getName() : f.getOwner().getName() + "." + f.getName();
                case "__doc__":
                    return PNone.NONE;
                case "__module__":
                    return f.getOwner() == null ? "builtins" : PNone.NONE;
                default:
                    break;
            }
        } else if (obj instanceof PProperty p) {
            switch (name) {
                case "fget":
                    return p.fget();
                case "fset":
                    return p.fset();
                case "fdel":
                    return p.fdel();
                case "__doc__":
                    return p.doc();
                default:
                    break;
            }
        } else if (obj instanceof PStaticMethod sm && name.equals("__func__")) {
            return sm.function();
        } else if (obj instanceof PClassMethod cm && name.equals("__func__")) {
            return cm.function();
        } else if (obj instanceof PSlice s) {
            switch (name) {
                case "start":
                    return s.start();
                case "stop":
                    return s.stop();
                case "step":
                    return s.step();
                default:
                    break;
            }
        } else if (obj instanceof PRange r) {
            switch (name) {
                case "start":
                    return r.start;
                case "stop":
                    return r.stop;
                case "step":
                    return r.step;
                default:
                    break;
            }
        } else if (PyInt.isInt(obj)) {
            switch (name) {
                case "real", "numerator":
                    return PyInt.unbool(obj);
                case "imag":
                    return 0L;
                case "denominator":
                    return 1L;
                default:
                    break;
            }
        } else if (obj instanceof Double d) {
            switch (name) {
                case "real":
                    return d;
                case "imag":
                    return 0.0;
                default:
                    break;
            }
        }
        if (name.equals("__class__")) {
            return typeOf(obj);
        }
        PyType t = typeOf(obj);
        if (obj instanceof PIterator it && t.lookup(name) == null) {
            if (name.equals("__next__")) {
                return new PBoundMethod(it, ITER_NEXT);
            }
            if (name.equals("__iter__")) {
                return new PBoundMethod(it, ITER_SELF);
            }
        }
        Object v = t.lookup(name);
        if (v != null) {
            return bind(v, obj);
        }
        return null;
    }

    /** super().name: the MRO after the class, bound to self (or to the class for a class receiver). */
    static Object superAttr(PSuper sup, String name) {
        boolean classReceiver = sup.self() instanceof PyType st && st.isSubtypeOf(sup.cls());
        for (PyType t = sup.cls().getBase(); t != null; t = t.getBase()) {
            Object v = t.dict.get(name);
            if (v == null) {
                continue;
            }
            if (classReceiver) {
                PyType st = (PyType) sup.self();
                if (v instanceof PClassMethod cm) {
                    return new PBoundMethod(st, cm.function());
                }
                if (v instanceof PStaticMethod sm) {
                    return sm.function();
                }
                return v;
            }
            return bind(v, sup.self());
        }
        if (name.equals("__class__")) {
            return otherType("super");
        }
        return null;
    }

    static final PBuiltinFunction ITER_NEXT = new PBuiltinFunction("__next__",
                    (a, k) -> ((PIterator) a[0]).nextOrStop());
    static final PBuiltinFunction ITER_SELF = new PBuiltinFunction("__iter__", (a, k) -> a[0]);

    static Object bind(Object v, Object self) {
        if (v instanceof PFunction || v instanceof PBuiltinFunction) {
            return new PBoundMethod(self, v);
        }
        if (v instanceof PStaticMethod sm) {
            return sm.function();
        }
        if (v instanceof PClassMethod cm) {
            return new PBoundMethod(typeOf(self), cm.function());
        }
        if (v instanceof PProperty p) {
            if (p.fget() == PNone.NONE) {
                throw PyErrors.attributeError("property %s of '%s' object has no getter", propertyName(typeOf(self), p),
                                typeName(self));
            }
            return Calls.call(p.fget(), self);
        }
        if (v instanceof PInstance d) {
            // a descriptor object of a user class (property-like): honor __get__
            Object get = userMethod(d.getType(), "__get__");
            if (get != null) {
                return Calls.call(get, d, self, typeOf(self));
            }
        }
        return v;
    }

    /** The quoted name a property is stored under in the class (for error messages). */
    static String propertyName(PyType t, PProperty p) {
        for (PyType c = t; c != null; c = c.getBase()) {
            for (var me : c.dict.entrySet()) {
                if (me.getValue() == p) {
                    return "'" + me.getKey() + "'";
                }
            }
        }
        return "";
    }

    static Object instanceAttr(PInstance inst, String name) {
        Object v = instanceAttrNoHook(inst, name);
        if (v != null) {
            return v;
        }
        Object ga = userMethod(inst.getType(), "__getattr__");
        if (ga != null) {
            try {
                return Calls.call(ga, inst, name);
            } catch (PException ex) {
                if (ex.getType().isSubtypeOf(BuiltinTypes.ATTRIBUTE_ERROR)) {
                    return null;
                }
                throw ex;
            }
        }
        return null;
    }

    /** The instance's own attribute or its class's, without {@code __getattr__}; null when absent. */
    static Object instanceAttrNoHook(PInstance inst, String name) {
        if (inst instanceof PBaseException e) {
            switch (name) {
                case "args":
                    return e.getArgs();
                case "__cause__":
                    return e.cause == null ? PNone.NONE : e.cause;
                case "__context__":
                    return e.context == null ? PNone.NONE : e.context;
                case "__suppress_context__":
                    return e.suppressContext;
                case "__traceback__":
                    return PNone.NONE;
                case "code":
                    if (e.getType().isSubtypeOf(BuiltinTypes.SYSTEM_EXIT) && !inst.hasAttribute("code")) {
                        PTuple a = e.getArgs();
                        return a.size() == 0 ? PNone.NONE : a.size() == 1 ? a.get(0) : a;
                    }
                    break;
                case "name", "obj":
                    if (e.getType().isSubtypeOf(BuiltinTypes.ATTRIBUTE_ERROR) && !inst.hasAttribute(name)) {
                        return PNone.NONE;
                    }
                    if (name.equals("name") && e.getType().isSubtypeOf(BuiltinTypes.NAME_ERROR)
                                    && !inst.hasAttribute(name)) {
                        return PNone.NONE;
                    }
                    break;
                case "value":
                    if (e.getType().isSubtypeOf(BuiltinTypes.STOP_ITERATION) && !inst.hasAttribute("value")) {
                        return e.getArgs().size() > 0 ? e.getArgs().get(0) : PNone.NONE;
                    }
                    break;
                default:
                    break;
            }
        }
        switch (name) {
            case "__class__":
                return inst.getType();
            case "__dict__": {
                PDict d = new PDict();
                for (String k : inst.attributeNames()) {
                    if (!k.equals(SUGGESTION_KEY)) {
                        d.put(k, inst.getAttribute(k));
                    }
                }
                return d;
            }
            default:
                break;
        }
        Object cls = inst.getType().lookup(name);
        if (cls instanceof PProperty) {
            return bind(cls, inst);
        }
        Object v = inst.getAttribute(name);
        if (v != null) {
            return v;
        }
        if (cls != null) {
            return bind(cls, inst);
        }
        return null;
    }

    static Object typeAttr(PyType t, String name) {
        switch (name) {
            case "__name__":
                return t.getName();
            case "__qualname__":
                return t.getQualname();
            case "__module__":
                return t.getModule();
            case "__mro__": {
                List<PyType> mro = t.mro();
                return new PTuple(mro.toArray());
            }
            case "__bases__":
                return t.getBase() == null ? PTuple.EMPTY : PTuple.of(t.getBase());
            case "__base__":
                return t.getBase() == null ? PNone.NONE : t.getBase();
            case "__class__":
                return BuiltinTypes.TYPE;
            case "__doc__": {
                Object d = t.lookup("__doc__");
                return d == null ? PNone.NONE : d;
            }
            case "__dict__": {
                PDict d = new PDict();
                for (var me : t.dict.entrySet()) {
                    d.put(me.getKey(), me.getValue());
                }
                return d;
            }
            default:
                break;
        }
        Object v = t.lookup(name);
        if (v instanceof PStaticMethod sm) {
            return sm.function();
        }
        if (v instanceof PClassMethod cm) {
            return new PBoundMethod(t, cm.function());
        }
        if (v instanceof PInstance d && !t.isBuiltin()) {
            // a user descriptor looked up on the class: __get__(None, cls)
            Object get = userMethod(d.getType(), "__get__");
            if (get != null) {
                return Calls.call(get, d, PNone.NONE, t);
            }
        }
        if (v != null) {
            return v;
        }
        if (name.equals("mro")) {
            return new PBuiltinFunction("mro", (a, k) -> new PList(t.mro()));
        }
        return null;
    }

    static Object functionAttr(PFunction f, String name) {
        switch (name) {
            case "__name__":
                return f.name;
            case "__qualname__":
                return f.qualname;
            case "__code__":
                return f.code;
            case "__closure__":
                return f.closure == null || f.closure.length == 0 ? PNone.NONE : new PTuple(f.closure.clone());
            case "__defaults__":
                return f.defaults == null || f.defaults.length == 0 ? PNone.NONE : new PTuple(f.defaults.clone());
            case "__kwdefaults__": {
                if (f.kwDefaults == null || f.kwDefaults.isEmpty()) {
                    return PNone.NONE;
                }
                PDict d = new PDict();
                for (var me : f.kwDefaults.entrySet()) {
                    d.put(me.getKey(), me.getValue());
                }
                return d;
            }
            case "__globals__":
                return f.globals;
            case "__module__": {
                if (f.attrs != null && f.attrs.containsKey("__module__")) {
                    return f.attrs.get("__module__");
                }
                Object m = f.globals == null ? null : f.globals.getStr("__name__");
                return m == null ? PNone.NONE : m;
            }
            case "__doc__": {
                if (f.attrs != null && f.attrs.containsKey("__doc__")) {
                    return f.attrs.get("__doc__");
                }
                return PNone.NONE;
            }
            case "__dict__": {
                PDict d = new PDict();
                if (f.attrs != null) {
                    for (var me : f.attrs.entrySet()) {
                        d.put(me.getKey(), me.getValue());
                    }
                }
                return d;
            }
            default:
                return f.attrs == null ? null : f.attrs.get(name);
        }
    }

    static PTuple strTuple(String[] names) {
        return new PTuple(names == null ? new Object[0] : names.clone());
    }

    static Object codeAttr(PCode c, String name) {
        switch (name) {
            case "co_name":
                return c.name;
            case "co_qualname":
                return c.qualname;
            case "co_filename":
                return c.fileName;
            case "co_firstlineno":
                return (long) c.firstLine;
            case "co_varnames":
                return strTuple(c.varnames);
            case "co_cellvars":
                return strTuple(c.cellvars);
            case "co_freevars":
                return strTuple(c.freevars);
            case "co_argcount":
                return (long) c.argcount;
            case "co_posonlyargcount":
                return (long) c.posonlyargcount;
            case "co_kwonlyargcount":
                return (long) c.kwonlyargcount;
            case "co_nlocals":
                return (long) (c.varnames == null ? 0 : c.varnames.length);
            case "co_flags": {
                long flags = 0x3; // OPTIMIZED | NEWLOCALS
                if (c.hasVarargs) {
                    flags |= 0x4;
                }
                if (c.hasVarkw) {
                    flags |= 0x8;
                }
                if (c.freevars == null || c.freevars.length == 0) {
                    flags |= 0x40; // NOFREE... CPython sets NESTED differently; close enough
                }
                if (c.isGenerator) {
                    flags |= 0x20;
                }
                return flags;
            }
            default:
                return null;
        }
    }

    /** The AttributeError CPython raises for a missing attribute (with name/obj for hints). */
    @TruffleBoundary
    public static PException attributeError(Object obj, String name) {
        String msg;
        if (obj instanceof PSuper) {
            msg = "'super' object has no attribute '" + name + "'";
        } else if (obj instanceof PyType t) {
            msg = "type object '" + t.getName() + "' has no attribute '" + name + "'";
        } else if (obj instanceof PModule m) {
            msg = "module '" + m.name + "' has no attribute '" + name + "'";
        } else {
            msg = "'" + typeName(obj) + "' object has no attribute '" + name + "'";
        }
        PException ex = PyErrors.attributeError("%s", msg);
        PBaseException e = ex.getValue();
        e.putAttribute("name", name);
        e.putAttribute("obj", obj);
        suggest(e, name, attributeNames(obj));
        return ex;
    }

    /** The names dir(obj) would list, for "Did you mean" hints. */
    @TruffleBoundary
    public static List<String> attributeNames(Object obj) {
        List<String> names = new ArrayList<>();
        if (obj instanceof PInstance i) {
            for (String k : i.attributeNames()) {
                if (!k.equals(SUGGESTION_KEY)) {
                    names.add(k);
                }
            }
        }
        if (obj instanceof PModule m) {
            for (Object k : m.dict.keys()) {
                if (k instanceof String s) {
                    names.add(s);
                }
            }
            return names;
        }
        if (obj instanceof PFunction f && f.attrs != null) {
            names.addAll(f.attrs.keySet());
        }
        PyType t = obj instanceof PyType pt ? pt : typeOf(obj);
        for (PyType c = t; c != null; c = c.getBase()) {
            names.addAll(c.dict.keySet());
            String[] extra = c.isBuiltin() ? DirNames.EXTRA.get(c.getName()) : null;
            if (extra != null) {
                names.addAll(java.util.Arrays.asList(extra));
            }
            if (!c.isBuiltin()) {
                names.add("__dict__");
                names.add("__module__");
                names.add("__weakref__");
            }
        }
        return names;
    }

    @TruffleBoundary
    public static void setAttr(Object obj, String name, Object value) {
        if (obj instanceof PInstance inst) {
            Object sa = userMethod(inst.getType(), "__setattr__");
            if (sa != null) {
                Calls.call(sa, inst, name, value);
                return;
            }
            setInstanceAttr(inst, name, value);
            return;
        }
        if (obj instanceof PyType t) {
            if (t.isBuiltin()) {
                throw PyErrors.typeError("cannot set '%s' attribute of immutable type '%s'", name, t.getName());
            }
            if (name.equals("__qualname__") && value instanceof String s) {
                t.setQualname(s);
                return;
            }
            if (name.equals("__module__") && value instanceof String s) {
                t.setModule(s);
            }
            t.dict.put(name, value);
            t.dictChanged();
            return;
        }
        if (obj instanceof PFunction f) {
            switch (name) {
                case "__name__":
                    if (!(value instanceof String s)) {
                        throw PyErrors.typeError("__name__ must be set to a string object");
                    }
                    f.name = s;
                    return;
                case "__qualname__":
                    if (!(value instanceof String s)) {
                        throw PyErrors.typeError("__qualname__ must be set to a string object");
                    }
                    f.qualname = s;
                    return;
                case "__defaults__":
                    if (value == PNone.NONE) {
                        f.defaults = null;
                    } else if (value instanceof PTuple t) {
                        f.defaults = t.items().clone();
                    } else {
                        throw PyErrors.typeError("__defaults__ must be set to a tuple object");
                    }
                    return;
                case "__kwdefaults__":
                    if (value == PNone.NONE) {
                        f.setKwDefaults(null);
                    } else if (value instanceof PDict d) {
                        Map<String, Object> m = new java.util.LinkedHashMap<>();
                        for (PDict.Entry e : d.entries()) {
                            m.put(str(e.key), e.value);
                        }
                        f.setKwDefaults(m);
                    } else {
                        throw PyErrors.typeError("__kwdefaults__ must be set to a dict object");
                    }
                    return;
                case "__code__":
                    if (!(value instanceof PCode)) {
                        throw PyErrors.typeError("__code__ must be set to a code object");
                    }
                    throw PyErrors.typeError("assigning __code__ is not supported");
                case "__closure__", "__globals__":
                    throw PyErrors.attributeError("readonly attribute");
                default:
                    f.attrs().put(name, value);
                    return;
            }
        }
        if (obj instanceof Cell c && name.equals("cell_contents")) {
            c.set(value);
            return;
        }
        if (obj instanceof PModule m) {
            m.dict.put(name, value);
            return;
        }
        PyType t = typeOf(obj);
        if (t.lookup(name) != null) {
            throw PyErrors.attributeError("'%s' object attribute '%s' is read-only", t.getName(), name);
        }
        throw PyErrors.attributeError("'%s' object has no attribute '%s'", t.getName(), name);
    }

    /** object.__setattr__: stores into the instance dict (exceptions' own fields first). */
    @TruffleBoundary
    public static void setInstanceAttr(PInstance inst, String name, Object value) {
        if (inst instanceof PBaseException e) {
            switch (name) {
                case "args":
                    e.setArgs(value instanceof PTuple t ? t : new PTuple(toArray(value)));
                    return;
                case "__cause__":
                    if (value != PNone.NONE && !(value instanceof PBaseException)) {
                        throw PyErrors.typeError("exception cause must be None or derive from BaseException");
                    }
                    e.cause = value == PNone.NONE ? null : (PBaseException) value;
                    e.suppressContext = true;
                    return;
                case "__context__":
                    if (value != PNone.NONE && !(value instanceof PBaseException)) {
                        throw PyErrors.typeError("exception context must be None or derive from BaseException");
                    }
                    e.context = value == PNone.NONE ? null : (PBaseException) value;
                    return;
                case "__suppress_context__":
                    e.suppressContext = isTrue(value);
                    return;
                case "__traceback__":
                    return;
                default:
                    break;
            }
        }
        if (name.equals("__class__")) {
            throw PyErrors.typeError("__class__ assignment not supported");
        }
        // a descriptor with __set__ on the class (property-like user objects)
        Object cls = inst.getType().lookup(name);
        if (cls instanceof PProperty p) {
            if (p.fset() == PNone.NONE) {
                throw PyErrors.attributeError("property %s of '%s' object has no setter", propertyName(inst.getType(), p),
                                typeName(inst));
            }
            Calls.call(p.fset(), inst, value);
            return;
        }
        if (cls instanceof PInstance d) {
            Object set = userMethod(d.getType(), "__set__");
            if (set != null) {
                Calls.call(set, d, inst, value);
                return;
            }
        }
        inst.putAttribute(name, value);
    }

    @TruffleBoundary
    public static void delAttr(Object obj, String name) {
        if (obj instanceof PInstance inst) {
            Object da = userMethod(inst.getType(), "__delattr__");
            if (da != null) {
                Calls.call(da, inst, name);
                return;
            }
            Object cls = inst.getType().lookup(name);
            if (cls instanceof PProperty p) {
                if (p.fdel() == PNone.NONE) {
                    throw PyErrors.attributeError("property %s of '%s' object has no deleter",
                                    propertyName(inst.getType(), p), typeName(inst));
                }
                Calls.call(p.fdel(), inst);
                return;
            }
            if (!inst.removeAttribute(name)) {
                throw attributeError(obj, name);
            }
            return;
        }
        if (obj instanceof PyType t && !t.isBuiltin()) {
            if (t.dict.remove(name) == null) {
                throw attributeError(obj, name);
            }
            t.dictChanged();
            return;
        }
        if (obj instanceof PFunction f) {
            if (f.attrs == null || f.attrs.remove(name) == null) {
                throw attributeError(obj, name);
            }
            return;
        }
        if (obj instanceof Cell c && name.equals("cell_contents")) {
            c.clear();
            return;
        }
        if (obj instanceof PModule m) {
            if (m.dict.remove(name) == null) {
                throw attributeError(obj, name);
            }
            return;
        }
        if (obj instanceof PyType t) {
            throw PyErrors.typeError("cannot set '%s' attribute of immutable type '%s'", name, t.getName());
        }
        PyType t = typeOf(obj);
        if (t.lookup(name) != null) {
            throw PyErrors.attributeError("'%s' object attribute '%s' is read-only", t.getName(), name);
        }
        throw PyErrors.attributeError("'%s' object has no attribute '%s'", t.getName(), name);
    }
}
