package cellpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;

/**
 * Arithmetic on the generic path (CPython's {@code abstract.c} binary_op1 plus the int, float,
 * str, list and tuple slots): ints stay longs until they overflow, bools act as ints, mixed
 * int/float goes to float, {@code //} and {@code %} take the divisor's sign. User classes take
 * part through {@code __add__}/{@code __radd__} etc., with NotImplemented falling back and the
 * subclass-first rule for reflected operands.
 */
public final class PyNumbers {
    private PyNumbers() {
    }

    /** The operator symbol for a symbol or a parser enum name (ADD, FLOORDIV, BITOR, ...). */
    public static String symbol(String op) {
        return switch (op) {
            case "ADD" -> "+";
            case "SUB" -> "-";
            case "MUL" -> "*";
            case "MATMUL" -> "@";
            case "DIV" -> "/";
            case "FLOORDIV" -> "//";
            case "MOD" -> "%";
            case "POW" -> "**";
            case "LSHIFT" -> "<<";
            case "RSHIFT" -> ">>";
            case "BITOR" -> "|";
            case "BITXOR" -> "^";
            case "BITAND" -> "&";
            default -> op;
        };
    }

    /** Dunder names per operator symbol: forward, reflected, in-place. */
    private static String[] names(String op) {
        return switch (symbol(op)) {
            case "+" -> new String[]{"__add__", "__radd__", "__iadd__"};
            case "-" -> new String[]{"__sub__", "__rsub__", "__isub__"};
            case "*" -> new String[]{"__mul__", "__rmul__", "__imul__"};
            case "/" -> new String[]{"__truediv__", "__rtruediv__", "__itruediv__"};
            case "//" -> new String[]{"__floordiv__", "__rfloordiv__", "__ifloordiv__"};
            case "%" -> new String[]{"__mod__", "__rmod__", "__imod__"};
            case "**" -> new String[]{"__pow__", "__rpow__", "__ipow__"};
            case "<<" -> new String[]{"__lshift__", "__rlshift__", "__ilshift__"};
            case ">>" -> new String[]{"__rshift__", "__rrshift__", "__irshift__"};
            case "&" -> new String[]{"__and__", "__rand__", "__iand__"};
            case "|" -> new String[]{"__or__", "__ror__", "__ior__"};
            case "^" -> new String[]{"__xor__", "__rxor__", "__ixor__"};
            case "@" -> new String[]{"__matmul__", "__rmatmul__", "__imatmul__"};
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** Binary operator by symbol ("+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"). */
    @TruffleBoundary
    public static Object binary(String op, Object a, Object b) {
        return switch (symbol(op)) {
            case "+" -> add(a, b);
            case "-" -> sub(a, b);
            case "*" -> mul(a, b);
            case "/" -> truediv(a, b);
            case "//" -> floordiv(a, b);
            case "%" -> mod(a, b);
            case "**" -> pow(a, b);
            case "<<" -> lshift(a, b);
            case ">>" -> rshift(a, b);
            case "&" -> and(a, b);
            case "|" -> or(a, b);
            case "^" -> xor(a, b);
            case "@" -> matmul(a, b);
            default -> throw new IllegalArgumentException(op);
        };
    }

    /**
     * Tries the user dunders of a and b for op; returns NotImplemented when neither applies.
     * Only called when one of them is a user instance.
     */
    private static Object userBinary(String op, Object a, Object b) {
        String[] n = names(op);
        PyType ta = PyObjects.typeOf(a);
        PyType tb = PyObjects.typeOf(b);
        Object fa = PyObjects.dunder(a, n[0]);
        Object fb = ta == tb ? null : PyObjects.dunder(b, n[1]);
        if (fb != null && tb.isSubtypeOf(ta) && ta != tb) {
            Object r = Calls.call(fb, b, a);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
            fb = null;
        }
        if (fa != null) {
            Object r = Calls.call(fa, a, b);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        if (fb != null) {
            Object r = Calls.call(fb, b, a);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        return PNotImplemented.INSTANCE;
    }

    private static PException unsupported(String op, Object a, Object b) {
        return PyErrors.typeError("unsupported operand type(s) for %s: '%s' and '%s'", op, PyObjects.typeName(a),
                        PyObjects.typeName(b));
    }

    private static boolean isUser(Object a, Object b) {
        return a instanceof PInstance || b instanceof PInstance;
    }

    private static boolean isNum(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger;
    }

    private static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        return PyInt.toDouble(o);
    }

    // ---- + - * -----------------------------------------------------------------------------

    @TruffleBoundary
    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) {
                return BigInteger.valueOf(x).add(BigInteger.valueOf(y));
            }
            return r;
        }
        if (isNum(a) && isNum(b)) {
            if (a instanceof Double || b instanceof Double) {
                return toDouble(a) + toDouble(b);
            }
            return PyInt.normalize(PyInt.toBig(a).add(PyInt.toBig(b)));
        }
        if (isUser(a, b)) {
            Object r = userBinary("+", a, b);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        if (a instanceof String s) {
            if (b instanceof String t) {
                return s.concat(t);
            }
            throw PyErrors.typeError("can only concatenate str (not \"%s\") to str", PyObjects.typeName(b));
        }
        if (a instanceof PList l) {
            if (b instanceof PList m) {
                PList r = new PList(l.size() + m.size());
                r.items.addAll(l.items);
                r.items.addAll(m.items);
                return r;
            }
            throw PyErrors.typeError("can only concatenate list (not \"%s\") to list", PyObjects.typeName(b));
        }
        if (a instanceof PTuple t) {
            if (b instanceof PTuple u) {
                Object[] r = new Object[t.size() + u.size()];
                System.arraycopy(t.items(), 0, r, 0, t.size());
                System.arraycopy(u.items(), 0, r, t.size(), u.size());
                return new PTuple(r);
            }
            throw PyErrors.typeError("can only concatenate tuple (not \"%s\") to tuple", PyObjects.typeName(b));
        }
        throw unsupported("+", a, b);
    }

    @TruffleBoundary
    public static Object sub(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) {
                return BigInteger.valueOf(x).subtract(BigInteger.valueOf(y));
            }
            return r;
        }
        if (isNum(a) && isNum(b)) {
            if (a instanceof Double || b instanceof Double) {
                return toDouble(a) - toDouble(b);
            }
            return PyInt.normalize(PyInt.toBig(a).subtract(PyInt.toBig(b)));
        }
        if (isUser(a, b)) {
            Object r = userBinary("-", a, b);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        if (a instanceof PSet s && b instanceof PSet t) {
            return s.difference(t);
        }
        if (isSetLike(a) && isSetLike(b) && (a instanceof PDictView || b instanceof PDictView)) {
            return asSet(a).difference(asSet(b));
        }
        throw unsupported("-", a, b);
    }

    @TruffleBoundary
    public static Object mul(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return lo;
            }
            return BigInteger.valueOf(x).multiply(BigInteger.valueOf(y));
        }
        if (isNum(a) && isNum(b)) {
            if (a instanceof Double || b instanceof Double) {
                return toDouble(a) * toDouble(b);
            }
            return PyInt.normalize(PyInt.toBig(a).multiply(PyInt.toBig(b)));
        }
        if (isUser(a, b)) {
            Object r = userBinary("*", a, b);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        if (isSequence(a)) {
            return repeat(a, b);
        }
        if (isSequence(b)) {
            return repeat(b, a);
        }
        throw unsupported("*", a, b);
    }

    private static boolean isSequence(Object o) {
        return o instanceof String || o instanceof PList || o instanceof PTuple;
    }

    private static Object repeat(Object seq, Object count) {
        if (!PyInt.isInt(count) && !(count instanceof PInstance i && PyObjects.userMethod(i.getType(), "__index__") != null)) {
            throw PyErrors.typeError("can't multiply sequence by non-int of type '%s'", PyObjects.typeName(count));
        }
        Object c = PyObjects.index(count);
        if (c instanceof BigInteger bi) {
            if (bi.signum() < 0) {
                return emptyLike(seq);
            }
            if (PyObjects.len(seq) == 0) {
                return emptyLike(seq);
            }
            throw PyErrors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        long n = (Long) c;
        if (seq instanceof String s) {
            return PyStr.repeat(s, n);
        }
        if (seq instanceof PList l) {
            if (n <= 0 || l.size() == 0) {
                return new PList();
            }
            checkRepeatSize(l.size(), n);
            PList r = new PList((int) (l.size() * n));
            for (long i = 0; i < n; i++) {
                r.items.addAll(l.items);
            }
            return r;
        }
        PTuple t = (PTuple) seq;
        if (n <= 0 || t.size() == 0) {
            return PTuple.EMPTY;
        }
        if (n == 1) {
            return t;
        }
        checkRepeatSize(t.size(), n);
        Object[] r = new Object[(int) (t.size() * n)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(t.items(), 0, r, i * t.size(), t.size());
        }
        return new PTuple(r);
    }

    private static void checkRepeatSize(long size, long n) {
        if (size * n > Integer.MAX_VALUE - 16 || n > Integer.MAX_VALUE) {
            throw PyErrors.raise(BuiltinTypes.OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer");
        }
    }

    private static Object emptyLike(Object seq) {
        if (seq instanceof String) {
            return "";
        }
        if (seq instanceof PList) {
            return new PList();
        }
        return PTuple.EMPTY;
    }

    // ---- division --------------------------------------------------------------------------

    private static final double TWO_53 = 9007199254740992.0;

    @TruffleBoundary
    public static Object truediv(Object a, Object b) {
        if (isNum(a) && isNum(b)) {
            if (a instanceof Double || b instanceof Double) {
                double y = toDouble(b);
                double x = toDouble(a);
                if (y == 0) {
                    throw PyErrors.zeroDivision("float division by zero");
                }
                return x / y;
            }
            return intTrueDiv(a, b);
        }
        if (isUser(a, b)) {
            Object r = userBinary("/", a, b);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        throw unsupported("/", a, b);
    }

    private static double intTrueDiv(Object a, Object b) {
        if (PyInt.signum(b) == 0) {
            throw PyErrors.zeroDivision("division by zero");
        }
        if (a instanceof Long x && b instanceof Long y && Math.abs((double) x) <= TWO_53 && Math.abs((double) y) <= TWO_53) {
            return (double) x / (double) y;
        }
        if (a instanceof Boolean || b instanceof Boolean) {
            return intTrueDiv(PyInt.unbool(a), PyInt.unbool(b));
        }
        BigInteger x = PyInt.toBig(a);
        BigInteger y = PyInt.toBig(b);
        if (x.signum() == 0) {
            return y.signum() < 0 ? -0.0 : 0.0;
        }
        BigDecimal q = new BigDecimal(x).divide(new BigDecimal(y), new MathContext(40));
        double d = q.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErrors.overflowError("integer division result too large for a float");
        }
        return d;
    }

    @TruffleBoundary
    public static Object floordiv(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            if (y == 0) {
                throw PyErrors.zeroDivision("integer division or modulo by zero");
            }
            if (x == Long.MIN_VALUE && y == -1) {
                return BigInteger.valueOf(x).negate();
            }
            return Math.floorDiv(x, y);
        }
        if (isNum(a) && isNum(b)) {
            if (a instanceof Double || b instanceof Double) {
                double y = toDouble(b);
                if (y == 0) {
                    throw PyErrors.zeroDivision("float floor division by zero");
                }
                return floatDivmod(toDouble(a), y)[0];
            }
            BigInteger y = PyInt.toBig(b);
            if (y.signum() == 0) {
                throw PyErrors.zeroDivision("integer division or modulo by zero");
            }
            return PyInt.normalize(bigDivmod(PyInt.toBig(a), y)[0]);
        }
        if (isUser(a, b)) {
            Object r = userBinary("//", a, b);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        throw unsupported("//", a, b);
    }

    @TruffleBoundary
    public static Object mod(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            if (y == 0) {
                throw PyErrors.zeroDivision("integer modulo by zero");
            }
            return Math.floorMod(x, y);
        }
        if (a instanceof String s && !(b instanceof PInstance bi && PyObjects.userMethod(bi.getType(), "__rmod__") != null
                        && bi.getType().isSubtypeOf(BuiltinTypes.STR))) {
            return PercentFormat.format(s, b);
        }
        if (isNum(a) && isNum(b)) {
            if (a instanceof Double || b instanceof Double) {
                double y = toDouble(b);
                if (y == 0) {
                    throw PyErrors.zeroDivision("float modulo");
                }
                return floatDivmod(toDouble(a), y)[1];
            }
            BigInteger y = PyInt.toBig(b);
            if (y.signum() == 0) {
                throw PyErrors.zeroDivision("integer modulo by zero");
            }
            return PyInt.normalize(bigDivmod(PyInt.toBig(a), y)[1]);
        }
        if (isUser(a, b)) {
            Object r = userBinary("%", a, b);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        throw unsupported("%", a, b);
    }

    /** divmod(a, b) as a tuple. */
    @TruffleBoundary
    public static Object divmod(Object a, Object b) {
        if (isNum(a) && isNum(b)) {
            if (a instanceof Double || b instanceof Double) {
                double y = toDouble(b);
                if (y == 0) {
                    throw PyErrors.zeroDivision("float divmod()");
                }
                double[] r = floatDivmod(toDouble(a), y);
                return PTuple.of(r[0], r[1]);
            }
            BigInteger y = PyInt.toBig(b);
            if (y.signum() == 0) {
                throw PyErrors.zeroDivision("integer division or modulo by zero");
            }
            BigInteger[] r = bigDivmod(PyInt.toBig(a), y);
            return PTuple.of(PyInt.normalize(r[0]), PyInt.normalize(r[1]));
        }
        if (isUser(a, b)) {
            Object fa = PyObjects.dunder(a, "__divmod__");
            if (fa != null) {
                Object r = Calls.call(fa, a, b);
                if (r != PNotImplemented.INSTANCE) {
                    return r;
                }
            }
            Object fb = PyObjects.dunder(b, "__rdivmod__");
            if (fb != null) {
                Object r = Calls.call(fb, b, a);
                if (r != PNotImplemented.INSTANCE) {
                    return r;
                }
            }
        }
        throw unsupported("divmod()", a, b);
    }

    /** Floor division and modulo of big ints with Python's signs. */
    static BigInteger[] bigDivmod(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    /** CPython's float divmod: {floor quotient, modulo with the divisor's sign}. */
    static double[] floatDivmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[]{floordiv, mod};
    }

    // ---- power -----------------------------------------------------------------------------

    @TruffleBoundary
    public static Object pow(Object a, Object b) {
        if (isNum(a) && isNum(b)) {
            if (a instanceof Double || b instanceof Double) {
                return floatPow(toDouble(a), toDouble(b));
            }
            return intPow(PyInt.unbool(a), PyInt.unbool(b));
        }
        if (isUser(a, b)) {
            Object r = userBinary("**", a, b);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        throw unsupported("** or pow()", a, b);
    }

    private static Object intPow(Object a, Object b) {
        if (PyInt.signum(b) < 0) {
            double x = PyInt.toDouble(a);
            if (x == 0) {
                throw PyErrors.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return floatPow(x, PyInt.toDouble(b));
        }
        if (a instanceof Long x && b instanceof Long y) {
            // fast exact loop while it fits
            long result = 1;
            long base = x;
            long e = y;
            boolean overflow = false;
            while (e > 0) {
                if ((e & 1) != 0) {
                    long hi = Math.multiplyHigh(result, base);
                    long lo = result * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                e >>= 1;
                if (e > 0) {
                    long hi = Math.multiplyHigh(base, base);
                    long lo = base * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    base = lo;
                }
            }
            if (!overflow) {
                return result;
            }
        }
        BigInteger base = PyInt.toBig(a);
        BigInteger exp = PyInt.toBig(b);
        if (base.equals(BigInteger.ONE) || base.signum() == 0) {
            return exp.signum() == 0 ? 1L : PyInt.normalize(base);
        }
        if (base.equals(BigInteger.ONE.negate())) {
            return exp.testBit(0) ? -1L : 1L;
        }
        if (exp.bitLength() > 31) {
            throw PyErrors.raise(BuiltinTypes.OVERFLOW_ERROR, "exponent too large");
        }
        return PyInt.normalize(base.pow(exp.intValue()));
    }

    /** float ** float with CPython's errors. */
    @TruffleBoundary
    public static double floatPow(double x, double y) {
        if (y == 0) {
            return 1.0;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return x == 1.0 ? 1.0 : y;
        }
        if (x == 0 && y < 0 && !Double.isInfinite(y)) {
            throw PyErrors.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (x < 0 && !Double.isInfinite(x) && !Double.isInfinite(y) && y != Math.floor(y)) {
            throw PyErrors.valueError("math domain error (complex result not supported)");
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw PyErrors.overflowError("(34, 'Numerical result out of range')");
        }
        return r;
    }

    /** pow(a, b, m) for ints (negative exponents through the modular inverse). */
    @TruffleBoundary
    public static Object pow3(Object a, Object b, Object m) {
        if (m == PNone.NONE) {
            return pow(a, b);
        }
        if (!PyInt.isInt(a) || !PyInt.isInt(b) || !PyInt.isInt(m)) {
            throw PyErrors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        BigInteger mod = PyInt.toBig(m);
        if (mod.signum() == 0) {
            throw PyErrors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger base = PyInt.toBig(a);
        BigInteger exp = PyInt.toBig(b);
        BigInteger am = mod.abs();
        if (exp.signum() < 0) {
            try {
                base = base.modInverse(am);
            } catch (ArithmeticException e) {
                throw PyErrors.valueError("base is not invertible for the given modulus");
            }
            exp = exp.negate();
        }
        BigInteger r = am.equals(BigInteger.ONE) ? BigInteger.ZERO : base.modPow(exp, am);
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return PyInt.normalize(r);
    }

    // ---- bitwise ---------------------------------------------------------------------------

    @TruffleBoundary
    public static Object lshift(Object a, Object b) {
        if (PyInt.isInt(a) && PyInt.isInt(b)) {
            Object x = PyInt.unbool(a);
            Object n = PyInt.unbool(b);
            if (PyInt.signum(n) < 0) {
                throw PyErrors.valueError("negative shift count");
            }
            if (PyInt.signum(x) == 0) {
                return 0L;
            }
            if (n instanceof BigInteger) {
                throw PyErrors.overflowError("too many digits in integer");
            }
            long s = (Long) n;
            if (x instanceof Long v && s < 63) {
                long r = v << s;
                if ((r >> s) == v) {
                    return r;
                }
            }
            if (s > Integer.MAX_VALUE) {
                throw PyErrors.overflowError("too many digits in integer");
            }
            return PyInt.normalize(PyInt.toBig(x).shiftLeft((int) s));
        }
        return userOr("<<", a, b);
    }

    @TruffleBoundary
    public static Object rshift(Object a, Object b) {
        if (PyInt.isInt(a) && PyInt.isInt(b)) {
            Object x = PyInt.unbool(a);
            Object n = PyInt.unbool(b);
            if (PyInt.signum(n) < 0) {
                throw PyErrors.valueError("negative shift count");
            }
            if (n instanceof BigInteger) {
                return PyInt.signum(x) < 0 ? -1L : 0L;
            }
            long s = (Long) n;
            if (x instanceof Long v) {
                return v >> Math.min(s, 63);
            }
            return PyInt.normalize(((BigInteger) x).shiftRight((int) Math.min(s, Integer.MAX_VALUE)));
        }
        return userOr(">>", a, b);
    }

    private static Object userOr(String op, Object a, Object b) {
        if (isUser(a, b)) {
            Object r = userBinary(op, a, b);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        throw unsupported(op, a, b);
    }

    private static boolean isSetLike(Object o) {
        return o instanceof PSet || (o instanceof PDictView v && v.kind != Iterators.DictItemKind.VALUES);
    }

    private static PSet asSet(Object o) {
        return o instanceof PSet s ? s : PyObjects.viewAsSet((PDictView) o);
    }

    @TruffleBoundary
    public static Object and(Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x & y;
        }
        if (PyInt.isInt(a) && PyInt.isInt(b)) {
            if (a instanceof BigInteger || b instanceof BigInteger) {
                return PyInt.normalize(PyInt.toBig(a).and(PyInt.toBig(b)));
            }
            return (Long) PyInt.unbool(a) & (Long) PyInt.unbool(b);
        }
        if (isUser(a, b)) {
            return userOr("&", a, b);
        }
        if (isSetLike(a) && isSetLike(b)) {
            return asSet(a).intersection(asSet(b));
        }
        throw unsupported("&", a, b);
    }

    @TruffleBoundary
    public static Object or(Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x | y;
        }
        if (PyInt.isInt(a) && PyInt.isInt(b)) {
            if (a instanceof BigInteger || b instanceof BigInteger) {
                return PyInt.normalize(PyInt.toBig(a).or(PyInt.toBig(b)));
            }
            return (Long) PyInt.unbool(a) | (Long) PyInt.unbool(b);
        }
        if (isUser(a, b)) {
            return userOr("|", a, b);
        }
        if (isSetLike(a) && isSetLike(b)) {
            return asSet(a).union(asSet(b));
        }
        if (a instanceof PDict x && b instanceof PDict y) {
            PDict r = x.copy();
            for (PDict.Entry e : y.entries()) {
                r.put(e.key, e.value);
            }
            return r;
        }
        throw unsupported("|", a, b);
    }

    @TruffleBoundary
    public static Object xor(Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x ^ y;
        }
        if (PyInt.isInt(a) && PyInt.isInt(b)) {
            if (a instanceof BigInteger || b instanceof BigInteger) {
                return PyInt.normalize(PyInt.toBig(a).xor(PyInt.toBig(b)));
            }
            return (Long) PyInt.unbool(a) ^ (Long) PyInt.unbool(b);
        }
        if (isUser(a, b)) {
            return userOr("^", a, b);
        }
        if (isSetLike(a) && isSetLike(b)) {
            return asSet(a).symmetricDifference(asSet(b));
        }
        throw unsupported("^", a, b);
    }

    @TruffleBoundary
    public static Object matmul(Object a, Object b) {
        return userOr("@", a, b);
    }

    // ---- unary -----------------------------------------------------------------------------

    private static Object userUnary(Object a, String dunder, String op) {
        Object m = PyObjects.dunder(a, dunder);
        if (m != null) {
            return Calls.call(m, a);
        }
        throw PyErrors.typeError("bad operand type for unary %s: '%s'", op, PyObjects.typeName(a));
    }

    @TruffleBoundary
    public static Object neg(Object a) {
        if (a instanceof Long x) {
            if (x == Long.MIN_VALUE) {
                return BigInteger.valueOf(x).negate();
            }
            return -x;
        }
        if (a instanceof Double d) {
            return -d;
        }
        if (a instanceof Boolean b) {
            return b ? -1L : 0L;
        }
        if (a instanceof BigInteger b) {
            return PyInt.normalize(b.negate());
        }
        return userUnary(a, "__neg__", "-");
    }

    @TruffleBoundary
    public static Object pos(Object a) {
        if (a instanceof Long || a instanceof Double || a instanceof BigInteger) {
            return a;
        }
        if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return userUnary(a, "__pos__", "+");
    }

    @TruffleBoundary
    public static Object invert(Object a) {
        if (a instanceof Long x) {
            return ~x;
        }
        if (a instanceof Boolean b) {
            return b ? -2L : -1L;
        }
        if (a instanceof BigInteger b) {
            return PyInt.normalize(b.not());
        }
        return userUnary(a, "__invert__", "~");
    }

    /** abs(x). */
    @TruffleBoundary
    public static Object abs(Object a) {
        if (a instanceof Long x) {
            if (x == Long.MIN_VALUE) {
                return BigInteger.valueOf(x).negate();
            }
            return Math.abs(x);
        }
        if (a instanceof Double d) {
            return Math.abs(d);
        }
        if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (a instanceof BigInteger b) {
            return b.abs();
        }
        Object m = PyObjects.dunder(a, "__abs__");
        if (m != null) {
            return Calls.call(m, a);
        }
        throw PyErrors.typeError("bad operand type for abs(): '%s'", PyObjects.typeName(a));
    }

    // ---- in-place --------------------------------------------------------------------------

    /** {@code a op= b}: the in-place dunder or mutation when there is one, else the binary op. */
    @TruffleBoundary
    public static Object inplace(String opName, Object a, Object b) {
        String op = symbol(opName);
        if (a instanceof PInstance) {
            Object m = PyObjects.dunder(a, names(op)[2]);
            if (m != null) {
                Object r = Calls.call(m, a, b);
                if (r != PNotImplemented.INSTANCE) {
                    return r;
                }
            }
            return binary(op, a, b);
        }
        if (a instanceof PList l) {
            if (op.equals("+")) {
                if (b instanceof PInstance && !PyObjects.isIterable(b)) {
                    Object r = userBinary("+", a, b);
                    if (r != PNotImplemented.INSTANCE) {
                        return r;
                    }
                }
                extend(l, b);
                return l;
            }
            if (op.equals("*") && PyInt.isInt(b)) {
                PList r = (PList) repeat(l, b);
                l.items.clear();
                l.items.addAll(r.items);
                return l;
            }
        }
        if (a instanceof PSet s && !s.frozen && b instanceof PSet t) {
            switch (op) {
                case "|":
                    s.update(t);
                    return s;
                case "&":
                    s.intersectionUpdate(t);
                    return s;
                case "-":
                    s.differenceUpdate(t);
                    return s;
                case "^":
                    s.symmetricDifferenceUpdate(t);
                    return s;
                default:
                    break;
            }
        }
        if (a instanceof PDict d && op.equals("|")) {
            DictUpdate.update(d, b);
            return d;
        }
        return binary(op, a, b);
    }

    @TruffleBoundary
    public static Object iadd(Object a, Object b) {
        return inplace("+", a, b);
    }

    @TruffleBoundary
    public static Object imul(Object a, Object b) {
        return inplace("*", a, b);
    }

    /** list.extend(iterable) semantics (a list extended by itself doubles). */
    @TruffleBoundary
    public static void extend(PList l, Object iterable) {
        if (iterable instanceof PList m) {
            l.items.addAll(new ArrayList<>(m.items));
            return;
        }
        if (iterable instanceof PTuple t) {
            for (Object o : t.items()) {
                l.items.add(o);
            }
            return;
        }
        if (!PyObjects.isIterable(iterable)) {
            throw PyErrors.typeError("'%s' object is not iterable", PyObjects.typeName(iterable));
        }
        Object it = PyObjects.iter(iterable);
        Object v;
        while ((v = PyObjects.next(it)) != null) {
            l.items.add(v);
        }
    }
}
