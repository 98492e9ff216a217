package cellpy.builtins;

import static cellpy.builtins.Methods.def1;

import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.PClassMethod;
import cellpy.runtime.PNone;
import cellpy.runtime.PProperty;
import cellpy.runtime.PStaticMethod;
import cellpy.runtime.PSuper;
import cellpy.runtime.PyErrors;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * staticmethod, classmethod and property: the three descriptors everyday classes use, and super. Attribute
 * lookup ({@code PyObjects.getAttr}) gives them their meaning; here are their constructors and
 * property's {@code getter/setter/deleter} decorators.
 */
final class DescriptorTypes {
    private DescriptorTypes() {
    }

    @TruffleBoundary
    static void install() {
        BuiltinTypes.STATICMETHOD.constructor = (a, k) -> new PStaticMethod(Args.one("staticmethod", a, k));
        BuiltinTypes.CLASSMETHOD.constructor = (a, k) -> new PClassMethod(Args.one("classmethod", a, k));
        BuiltinTypes.SUPER.constructor = (a, k) -> {
            // super() without arguments is compiled specially (ZeroArgSuperNode); reached here it
            // was called without a frame to inspect, e.g. at module level or through another name
            Args.range("super", a, k, 0, 2);
            if (a.length == 0) {
                throw PyErrors.runtimeError("super(): no arguments");
            }
            if (a.length == 1) {
                throw PyErrors.typeError("unbound super objects are not supported");
            }
            return PSuper.create(a[0], a[1]);
        };
        BuiltinTypes.PROPERTY.constructor = (a, k) -> {
            Object[] p = Args.bind("property", a, k, 0, "fget", "fset", "fdel", "doc");
            return new PProperty(orNone(p[0]), orNone(p[1]), orNone(p[2]), orNone(p[3]));
        };
        def1(BuiltinTypes.PROPERTY, "getter", (o, f) -> {
            PProperty p = (PProperty) o;
            return new PProperty(f, p.fset(), p.fdel(), p.doc());
        });
        def1(BuiltinTypes.PROPERTY, "setter", (o, f) -> {
            PProperty p = (PProperty) o;
            return new PProperty(p.fget(), f, p.fdel(), p.doc());
        });
        def1(BuiltinTypes.PROPERTY, "deleter", (o, f) -> {
            PProperty p = (PProperty) o;
            return new PProperty(p.fget(), p.fset(), f, p.doc());
        });
    }

    private static Object orNone(Object o) {
        return o == null ? PNone.NONE : o;
    }
}
