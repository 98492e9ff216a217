package cellpy.builtins;

import cellpy.runtime.BuiltinFn;
import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.PBaseException;
import cellpy.runtime.PBuiltinFunction;
import cellpy.runtime.PClassMethod;
import cellpy.runtime.PInstance;
import cellpy.runtime.PList;
import cellpy.runtime.PNone;
import cellpy.runtime.PNotImplemented;
import cellpy.runtime.PTuple;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyObjects;
import cellpy.runtime.PyType;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The methods every object inherits from {@code object} ({@code super().__init__()},
 * {@code object.__setattr__(self, ...)}, {@code object.__repr__}) and those of BaseException
 * ({@code super().__init__(msg)} in a user exception sets {@code args}).
 */
final class ObjectMethods {
    private ObjectMethods() {
    }

    static void def(PyType t, String name, BuiltinFn fn) {
        t.dict.put(name, new PBuiltinFunction(name, t, fn));
    }

    @TruffleBoundary
    static void install() {
        PyType o = BuiltinTypes.OBJECT;
        def(o, "__init__", (a, k) -> PNone.NONE);
        def(o, "__new__", (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyType cls)) {
                throw PyErrors.typeError("object.__new__(X): X is not a type object");
            }
            Object[] rest = new Object[a.length - 1 - k.length];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return PyObjects.newInstance(cls, rest);
        });
        def(o, "__repr__", (a, k) -> PyObjects.defaultRepr(a[0]));
        def(o, "__str__", (a, k) -> PyObjects.repr(a[0]));
        def(o, "__format__", (a, k) -> {
            Args.range("__format__", a, k, 2, 2);
            if (!(a[1] instanceof String s) || !s.isEmpty()) {
                throw PyErrors.typeError("unsupported format string passed to %s.__format__", PyObjects.typeName(a[0]));
            }
            return PyObjects.str(a[0]);
        });
        def(o, "__eq__", (a, k) -> a[0] == a[1] ? (Object) true : PNotImplemented.INSTANCE);
        def(o, "__ne__", (a, k) -> {
            Object r = PyObjects.richEq(a[0], a[1]);
            return r == PNotImplemented.INSTANCE ? r : (Object) !PyObjects.isTrue(r);
        });
        for (String cmp : new String[]{"__lt__", "__le__", "__gt__", "__ge__"}) {
            def(o, cmp, (a, k) -> PNotImplemented.INSTANCE);
        }
        def(o, "__hash__", (a, k) -> PyObjects.id(a[0]) >>> 4);
        def(o, "__setattr__", (a, k) -> {
            Args.range("__setattr__", a, k, 3, 3);
            if (a[0] instanceof PInstance i && a[1] instanceof String name) {
                PyObjects.setInstanceAttr(i, name, a[2]);
                return PNone.NONE;
            }
            PyObjects.setAttr(a[0], (String) a[1], a[2]);
            return PNone.NONE;
        });
        def(o, "__getattribute__", (a, k) -> {
            Args.range("__getattribute__", a, k, 2, 2);
            return PyObjects.getAttr(a[0], (String) a[1]);
        });
        def(o, "__delattr__", (a, k) -> {
            Args.range("__delattr__", a, k, 2, 2);
            if (a[0] instanceof PInstance i && a[1] instanceof String name) {
                if (!i.removeAttribute(name)) {
                    throw PyObjects.attributeError(a[0], name);
                }
                return PNone.NONE;
            }
            PyObjects.delAttr(a[0], (String) a[1]);
            return PNone.NONE;
        });
        def(o, "__dir__", (a, k) -> new PList(PyObjects.attributeNames(a[0])));
        // a classmethod, so super().__init_subclass__(**kw) in a user hook reaches it bound to the class
        o.dict.put("__init_subclass__", new PClassMethod(new PBuiltinFunction("__init_subclass__", o, (a, k) -> {
            if (k.length > 0 || a.length > 1) {
                throw PyErrors.typeError("%s.__init_subclass__() takes no keyword arguments", ((PyType) a[0]).getName());
            }
            return PNone.NONE;
        })));

        PyType e = BuiltinTypes.BASE_EXCEPTION;
        def(e, "__init__", (a, k) -> {
            if (a[0] instanceof PBaseException ex) {
                Object[] rest = new Object[a.length - 1 - k.length];
                System.arraycopy(a, 1, rest, 0, rest.length);
                ex.setArgs(new PTuple(rest));
            }
            return PNone.NONE;
        });
        def(e, "__str__", (a, k) -> PyObjects.exceptionStr((PBaseException) a[0]));
        def(e, "__repr__", (a, k) -> {
            PBaseException ex = (PBaseException) a[0];
            PTuple args = ex.getArgs();
            String name = ex.getType().getName();
            if (args.size() == 1) {
                return name + "(" + PyObjects.repr(args.get(0)) + ")";
            }
            return name + (args.size() == 0 ? "()" : PyObjects.repr(args));
        });
        def(e, "with_traceback", (a, k) -> a[0]);
        def(e, "add_note", (a, k) -> {
            Args.range("add_note", a, k, 2, 2);
            if (!(a[1] instanceof String)) {
                throw PyErrors.typeError("note must be a str, not '%s'", PyObjects.typeName(a[1]));
            }
            PInstance ex = (PInstance) a[0];
            Object notes = ex.getAttribute("__notes__");
            if (!(notes instanceof PList)) {
                notes = new PList();
                ex.putAttribute("__notes__", notes);
            }
            ((PList) notes).add(a[1]);
            return PNone.NONE;
        });
    }
}
