package cellpy.builtins;

import static cellpy.builtins.Methods.def0;
import static cellpy.builtins.Methods.def1;

import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.PException;
import cellpy.runtime.PNotImplemented;
import cellpy.runtime.PTuple;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyInt;
import cellpy.runtime.PyNumbers;
import cellpy.runtime.PyObjects;
import cellpy.runtime.PyType;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The methods of int, bool and float, plus their arithmetic dunders ({@code (1).__add__(2)}),
 * which answer NotImplemented for operands they do not handle, as CPython's slots do.
 */
final class NumberMethods {
    private NumberMethods() {
    }

    private interface Op {
        Object apply(Object a, Object b);
    }

    private static void dunder(PyType t, String name, Op op) {
        def1(t, name, (a, b) -> {
            if (!PyInt.isInt(b) && !(b instanceof Double)) {
                return PNotImplemented.INSTANCE;
            }
            if (t == BuiltinTypes.INT && b instanceof Double) {
                return PNotImplemented.INSTANCE;
            }
            try {
                return op.apply(a, b);
            } catch (PException e) {
                if (e.getType() == BuiltinTypes.TYPE_ERROR) {
                    return PNotImplemented.INSTANCE;
                }
                throw e;
            }
        });
    }

    @TruffleBoundary
    static void install() {
        for (PyType t : new PyType[]{BuiltinTypes.INT, BuiltinTypes.FLOAT}) {
            dunder(t, "__add__", PyNumbers::add);
            dunder(t, "__radd__", (a, b) -> PyNumbers.add(b, a));
            dunder(t, "__sub__", PyNumbers::sub);
            dunder(t, "__rsub__", (a, b) -> PyNumbers.sub(b, a));
            dunder(t, "__mul__", PyNumbers::mul);
            dunder(t, "__rmul__", (a, b) -> PyNumbers.mul(b, a));
            dunder(t, "__truediv__", PyNumbers::truediv);
            dunder(t, "__rtruediv__", (a, b) -> PyNumbers.truediv(b, a));
            dunder(t, "__floordiv__", PyNumbers::floordiv);
            dunder(t, "__rfloordiv__", (a, b) -> PyNumbers.floordiv(b, a));
            dunder(t, "__mod__", PyNumbers::mod);
            dunder(t, "__rmod__", (a, b) -> PyNumbers.mod(b, a));
            dunder(t, "__pow__", PyNumbers::pow);
            dunder(t, "__rpow__", (a, b) -> PyNumbers.pow(b, a));
            dunder(t, "__divmod__", PyNumbers::divmod);
            dunder(t, "__eq__", PyObjects::richEq);
            dunder(t, "__ne__", PyObjects::richNe);
            dunder(t, "__lt__", PyObjects::lt);
            dunder(t, "__le__", PyObjects::le);
            dunder(t, "__gt__", PyObjects::gt);
            dunder(t, "__ge__", PyObjects::ge);
            def0(t, "__neg__", PyNumbers::neg);
            def0(t, "__pos__", PyNumbers::pos);
            def0(t, "__abs__", PyNumbers::abs);
            def0(t, "__bool__", PyObjects::isTrue);
            def0(t, "__hash__", PyObjects::hash);
            def0(t, "conjugate", PyNumbers::pos);
        }
        PyType i = BuiltinTypes.INT;
        dunder(i, "__and__", PyNumbers::and);
        dunder(i, "__or__", PyNumbers::or);
        dunder(i, "__xor__", PyNumbers::xor);
        dunder(i, "__lshift__", PyNumbers::lshift);
        dunder(i, "__rshift__", PyNumbers::rshift);
        def0(i, "__invert__", PyNumbers::invert);
        def0(i, "__index__", PyInt::unbool);
        def0(i, "__int__", PyInt::unbool);
        def0(i, "__float__", o -> PyInt.toDouble(o));
        def0(i, "bit_length", o -> (long) PyInt.toBig(o).abs().bitLength());
        def0(i, "bit_count", o -> (long) PyInt.toBig(o).abs().bitCount());
        def0(i, "as_integer_ratio", o -> PTuple.of(PyInt.unbool(o), 1L));
        PyType f = BuiltinTypes.FLOAT;
        def0(f, "is_integer", o -> {
            double d = (Double) o;
            return Double.isFinite(d) && d == Math.floor(d);
        });
        def0(f, "__int__", o -> PyInt.fromDouble((Double) o));
        def0(f, "__float__", o -> o);
        def0(f, "__trunc__", o -> PyInt.fromDouble((Double) o));
        def0(f, "as_integer_ratio", o -> {
            double d = (Double) o;
            if (Double.isNaN(d)) {
                throw PyErrors.valueError("cannot convert NaN to integer ratio");
            }
            if (Double.isInfinite(d)) {
                throw PyErrors.overflowError("cannot convert Infinity to integer ratio");
            }
            BigDecimal bd = new BigDecimal(d);
            BigInteger num = bd.unscaledValue();
            BigInteger den = BigInteger.ONE;
            if (bd.scale() > 0) {
                den = BigInteger.TEN.pow(bd.scale());
            } else {
                num = num.multiply(BigInteger.TEN.pow(-bd.scale()));
            }
            BigInteger g = num.gcd(den);
            return PTuple.of(PyInt.normalize(num.divide(g)), PyInt.normalize(den.divide(g)));
        });
        def1(f, "__round__", (o, n) -> BuiltinFunctions.round(new Object[]{o, n}, Args.NO_KW));
    }
}
