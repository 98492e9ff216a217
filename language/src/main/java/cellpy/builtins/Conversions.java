package cellpy.builtins;

import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.Calls;
import cellpy.runtime.PInstance;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyInt;
import cellpy.runtime.PyObjects;
import cellpy.runtime.PyStr;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * {@code int(x)}, {@code int(s, base)} and {@code float(x)}: CPython's literal syntax for
 * strings (surrounding whitespace, a sign, base prefixes, single underscores between digits,
 * inf/nan spellings) and its error messages.
 */
public final class Conversions {
    private Conversions() {
    }

    /** int(x) for one argument. */
    @TruffleBoundary
    public static Object toInt(Object x) {
        if (x instanceof Long || x instanceof BigInteger) {
            return x;
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (x instanceof Double d) {
            return PyInt.fromDouble(d);
        }
        if (x instanceof String s) {
            return parseInt(s, 10);
        }
        if (x instanceof PInstance i) {
            for (String m : new String[]{"__int__", "__index__", "__trunc__"}) {
                Object f = PyObjects.userMethod(i.getType(), m);
                if (f != null) {
                    Object r = Calls.call(f, x);
                    if (!PyInt.isInt(r)) {
                        throw PyErrors.typeError("%s returned non-int (type %s)", m, PyObjects.typeName(r));
                    }
                    return PyInt.unbool(r);
                }
            }
        }
        throw PyErrors.typeError("int() argument must be a string, a bytes-like object or a real number, not '%s'",
                        PyObjects.typeName(x));
    }

    /** int(s, base). */
    @TruffleBoundary
    public static Object toInt(Object x, Object baseObj) {
        long base = PyInt.asIndexLong(PyObjects.index(baseObj));
        if (!(x instanceof String s)) {
            throw PyErrors.typeError("int() can't convert non-string with explicit base");
        }
        if (base != 0 && (base < 2 || base > 36)) {
            throw PyErrors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        return parseInt(s, (int) base);
    }

    private static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && PyStr.isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && PyStr.isSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    @TruffleBoundary
    public static Object parseInt(String orig, int base) {
        String s = strip(orig);
        int i = 0;
        boolean neg = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        int b = base;
        boolean prefixed = false;
        if (i + 1 < s.length() && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            if ((p == 'x' && (b == 16 || b == 0)) || (p == 'o' && (b == 8 || b == 0)) || (p == 'b' && (b == 2 || b == 0))) {
                b = p == 'x' ? 16 : p == 'o' ? 8 : 2;
                i += 2;
                prefixed = true;
            }
        }
        boolean base0 = b == 0;
        if (b == 0) {
            b = 10;
        }
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = prefixed; // "0x_1" is fine: an underscore may follow the prefix
        boolean any = false;
        boolean lastWasUnderscoreChar = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastWasUnderscoreChar || (!any && !prefixed)) {
                    throw invalidInt(orig, base);
                }
                lastWasUnderscoreChar = true;
                continue;
            }
            int d = Character.digit(c, b);
            if (d < 0) {
                throw invalidInt(orig, base);
            }
            digits.append(Character.forDigit(d, b));
            any = true;
            lastWasUnderscoreChar = false;
        }
        if (!any || lastWasUnderscoreChar) {
            throw invalidInt(orig, base);
        }
        if (base0 && !prefixed && digits.length() > 1 && digits.charAt(0) == '0') {
            for (int k = 0; k < digits.length(); k++) {
                if (digits.charAt(k) != '0') {
                    throw invalidInt(orig, base);
                }
            }
        }
        if (lastUnderscore && digits.length() == 0) {
            throw invalidInt(orig, base);
        }
        BigInteger v = new BigInteger(digits.toString(), b);
        return PyInt.normalize(neg ? v.negate() : v);
    }

    private static cellpy.runtime.PException invalidInt(String orig, int base) {
        return PyErrors.valueError("invalid literal for int() with base %d: %s", base, PyObjects.repr(orig));
    }

    private static final Pattern FLOAT = Pattern.compile("[+-]?(\\d+\\.?\\d*([eE][+-]?\\d+)?|\\.\\d+([eE][+-]?\\d+)?)");
    private static final Pattern UNDERSCORES = Pattern.compile("(?<=\\d)_(?=\\d)");

    /** float(x). */
    @TruffleBoundary
    public static double toFloat(Object x) {
        if (x instanceof Double d) {
            return d;
        }
        if (PyInt.isInt(x)) {
            return PyInt.toDouble(x);
        }
        if (x instanceof String s) {
            return parseFloat(s);
        }
        if (x instanceof PInstance i) {
            Object f = PyObjects.userMethod(i.getType(), "__float__");
            if (f != null) {
                Object r = Calls.call(f, x);
                if (!(r instanceof Double d)) {
                    throw PyErrors.typeError("%s.__float__ returned non-float (type %s)", PyObjects.typeName(x),
                                    PyObjects.typeName(r));
                }
                return d;
            }
            f = PyObjects.userMethod(i.getType(), "__index__");
            if (f != null) {
                return PyInt.toDouble(PyObjects.index(x));
            }
        }
        throw PyErrors.typeError("float() argument must be a string or a real number, not '%s'", PyObjects.typeName(x));
    }

    @TruffleBoundary
    public static double parseFloat(String orig) {
        String s = strip(orig);
        String lower = s.toLowerCase();
        String body = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean neg = lower.startsWith("-");
        if (body.equals("inf") || body.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return neg ? -Double.NaN : Double.NaN;
        }
        String t = UNDERSCORES.matcher(s).replaceAll("");
        if (!FLOAT.matcher(t).matches()) {
            throw PyErrors.valueError("could not convert string to float: %s", PyObjects.repr(orig));
        }
        // non-ASCII digits: Character.isDigit accepted them in the pattern; map them to ASCII
        StringBuilder sb = new StringBuilder(t.length());
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            sb.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
        }
        return Double.parseDouble(sb.toString());
    }

    /** True when the value is usable where CPython wants an index (int, bool, __index__). */
    static boolean isIndexable(Object o) {
        return PyInt.isInt(o) || (o instanceof PInstance i && PyObjects.userMethod(i.getType(), "__index__") != null);
    }

    static long asLong(Object o) {
        return PyInt.asIndexLong(PyObjects.index(o));
    }

    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static cellpy.runtime.PyType intType() {
        return BuiltinTypes.INT;
    }
}
