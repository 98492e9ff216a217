package cellpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigInteger;

/**
 * The format-spec mini-language ({@code format(v, spec)}, f-string {@code {v:spec}},
 * {@code str.format}) for str, int, bool and float, following CPython's
 * {@code Python/formatter_unicode.c}: {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}.
 */
public final class FormatSpec {
    private FormatSpec() {
    }

    /** A parsed spec; absent parts are 0 / -1. */
    static final class Spec {
        int fill = ' ';
        boolean fillGiven;
        char align;
        char sign;
        boolean z;
        boolean alt;
        int width = -1;
        char grouping;
        int precision = -1;
        char type;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    @TruffleBoundary
    static Spec parse(String spec, Object value) {
        Spec s = new Spec();
        int[] cp = spec.codePoints().toArray();
        int n = cp.length;
        int i = 0;
        if (n >= 2 && isAlign(cp[1])) {
            s.fill = cp[0];
            s.fillGiven = true;
            s.align = (char) cp[1];
            i = 2;
        } else if (n >= 1 && isAlign(cp[0])) {
            s.align = (char) cp[0];
            i = 1;
        }
        if (i < n && (cp[i] == '+' || cp[i] == '-' || cp[i] == ' ')) {
            s.sign = (char) cp[i++];
        }
        if (i < n && cp[i] == 'z') {
            s.z = true;
            i++;
        }
        if (i < n && cp[i] == '#') {
            s.alt = true;
            i++;
        }
        if (i < n && cp[i] == '0') {
            if (!s.fillGiven) {
                s.fill = '0';
                s.fillGiven = true;
            }
            if (s.align == 0) {
                s.align = '=';
            }
            i++;
        }
        int start = i;
        while (i < n && cp[i] >= '0' && cp[i] <= '9') {
            i++;
        }
        if (i > start) {
            s.width = parseNum(cp, start, i);
        }
        if (i < n && (cp[i] == ',' || cp[i] == '_')) {
            s.grouping = (char) cp[i++];
            if (i < n && (cp[i] == ',' || cp[i] == '_')) {
                throw PyErrors.valueError("Cannot specify both ',' and '_'.");
            }
        }
        if (i < n && cp[i] == '.') {
            i++;
            start = i;
            while (i < n && cp[i] >= '0' && cp[i] <= '9') {
                i++;
            }
            if (i == start) {
                throw PyErrors.valueError("Format specifier missing precision");
            }
            s.precision = parseNum(cp, start, i);
        }
        if (n - i > 1) {
            throw PyErrors.valueError("Invalid format specifier '%s' for object of type '%s'", spec,
                            PyObjects.typeName(value));
        }
        if (i < n) {
            s.type = (char) cp[i];
        }
        if (s.grouping != 0) {
            boolean ok = switch (s.type) {
                case 0, 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F' -> true;
                case 'b', 'o', 'x', 'X' -> s.grouping == '_';
                default -> false;
            };
            if (!ok) {
                throw PyErrors.valueError("Cannot specify '%c' with '%c'.", s.grouping, s.type);
            }
        }
        return s;
    }

    private static int parseNum(int[] cp, int from, int to) {
        long v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + (cp[k] - '0');
            if (v > Integer.MAX_VALUE) {
                throw PyErrors.valueError("Too many decimal digits in format string");
            }
        }
        return (int) v;
    }

    /** format(value, spec) for the built-in value types; object.__format__ for the rest. */
    @TruffleBoundary
    public static String format(Object value, String spec) {
        if (value instanceof String s) {
            if (spec.isEmpty()) {
                return s;
            }
            return formatStr(s, parse(spec, value));
        }
        if (value instanceof Boolean && spec.isEmpty()) {
            return PyObjects.str(value);
        }
        if (PyInt.isInt(value)) {
            if (spec.isEmpty()) {
                return PyInt.toString(value);
            }
            return formatInt(PyInt.unbool(value), parse(spec, value));
        }
        if (value instanceof Double d) {
            if (spec.isEmpty()) {
                return FloatFormat.repr(d);
            }
            return formatFloat(d, parse(spec, value));
        }
        if (spec.isEmpty()) {
            return PyObjects.str(value);
        }
        throw PyErrors.typeError("unsupported format string passed to %s.__format__", PyObjects.typeName(value));
    }

    private static String formatStr(String s, Spec sp) {
        if (sp.type != 0 && sp.type != 's') {
            throw PyErrors.valueError("Unknown format code '%c' for object of type 'str'", sp.type);
        }
        if (sp.grouping != 0) {
            throw PyErrors.valueError("Cannot specify '%c' with 's'.", sp.grouping);
        }
        if (sp.sign != 0) {
            throw PyErrors.valueError("Sign not allowed in string format specifier");
        }
        if (sp.alt) {
            throw PyErrors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (sp.align == '=') {
            throw PyErrors.valueError("'=' alignment not allowed in string format specifier");
        }
        if (sp.precision >= 0 && PyStr.length(s) > sp.precision) {
            s = PyStr.substring(s, 0, sp.precision);
        }
        return pad(s, sp, '<');
    }

    /** Pads {@code body} to the spec's width with its fill, default alignment {@code defAlign}. */
    private static String pad(String body, Spec sp, char defAlign) {
        int len = PyStr.length(body);
        if (sp.width <= len) {
            return body;
        }
        int total = sp.width - len;
        char align = sp.align == 0 ? defAlign : sp.align;
        int left;
        switch (align) {
            case '<':
                left = 0;
                break;
            case '^':
                left = total / 2;
                break;
            default:
                left = total;
                break;
        }
        StringBuilder sb = new StringBuilder();
        String fill = new String(Character.toChars(sp.fill));
        sb.repeat(fill, left);
        sb.append(body);
        sb.repeat(fill, total - left);
        return sb.toString();
    }

    /** Assembles sign + prefix + digits with padding; '=' puts the fill after sign and prefix. */
    private static String assembleNumber(String signStr, String prefix, String digits, String suffix, Spec sp,
                    int groupSize, char groupChar) {
        if (sp.align == '=' && sp.fill == '0' && sp.width > 0) {
            // zero padding takes part in digit grouping, as in CPython
            int minWidth = sp.width - signStr.length() - prefix.length() - suffix.length();
            String grouped = group(digits, groupSize, groupChar, minWidth);
            return signStr + prefix + grouped + suffix;
        }
        String grouped = group(digits, groupSize, groupChar, 0);
        String body = signStr + prefix + grouped + suffix;
        if (sp.align == '=') {
            int len = PyStr.length(body);
            if (sp.width > len) {
                String fill = new String(Character.toChars(sp.fill));
                return signStr + prefix + fill.repeat(sp.width - len) + grouped + suffix;
            }
            return body;
        }
        return pad(body, sp, '>');
    }

    /** Inserts a separator every {@code size} digits from the right, zero-padding to minWidth. */
    static String group(String digits, int size, char sep, int minWidth) {
        if (sep == 0) {
            if (digits.length() < minWidth) {
                return "0".repeat(minWidth - digits.length()) + digits;
            }
            return digits;
        }
        StringBuilder out = new StringBuilder();
        int rd = digits.length();
        int rmw = minWidth;
        int pos = digits.length();
        boolean useSep = false;
        while (true) {
            int l = Math.min(Math.max(Math.max(rd, rmw), 1), size);
            int nZeros = Math.max(0, l - rd);
            int nChars = Math.max(0, Math.min(rd, l));
            if (useSep) {
                out.insert(0, sep);
            }
            out.insert(0, digits, pos - nChars, pos);
            for (int k = 0; k < nZeros; k++) {
                out.insert(0, '0');
            }
            pos -= nChars;
            rd -= nChars;
            rmw -= l;
            if (rd <= 0 && rmw <= 0) {
                break;
            }
            rmw -= 1;
            useSep = true;
        }
        return out.toString();
    }

    private static String signOf(boolean negative, Spec sp) {
        if (negative) {
            return "-";
        }
        if (sp.sign == '+') {
            return "+";
        }
        if (sp.sign == ' ') {
            return " ";
        }
        return "";
    }

    private static String formatInt(Object v, Spec sp) {
        char type = sp.type;
        switch (type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return formatFloat(PyInt.toDouble(v), sp);
            case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
                break;
            default:
                throw PyErrors.valueError("Unknown format code '%c' for object of type '%s'", type, "int");
        }
        if (sp.precision >= 0) {
            throw PyErrors.valueError("Precision not allowed in integer format specifier");
        }
        if (sp.z) {
            throw PyErrors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        BigInteger big = PyInt.toBig(v);
        if (type == 'c') {
            if (sp.sign != 0) {
                throw PyErrors.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (sp.alt) {
                throw PyErrors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (big.signum() < 0 || big.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw PyErrors.overflowError("%%c arg not in range(0x110000)");
            }
            return pad(new String(Character.toChars(big.intValue())), sp, '<');
        }
        boolean neg = big.signum() < 0;
        BigInteger abs = big.abs();
        String digits;
        String prefix = "";
        int groupSize = 3;
        switch (type) {
            case 'b':
                digits = abs.toString(2);
                prefix = sp.alt ? "0b" : "";
                groupSize = 4;
                break;
            case 'o':
                digits = abs.toString(8);
                prefix = sp.alt ? "0o" : "";
                groupSize = 4;
                break;
            case 'x':
                digits = abs.toString(16);
                prefix = sp.alt ? "0x" : "";
                groupSize = 4;
                break;
            case 'X':
                digits = abs.toString(16).toUpperCase();
                prefix = sp.alt ? "0X" : "";
                groupSize = 4;
                break;
            default:
                digits = abs.toString();
                break;
        }
        return assembleNumber(signOf(neg, sp), prefix, digits, "", sp, groupSize, sp.grouping);
    }

    private static String formatFloat(double d, Spec sp) {
        char type = sp.type;
        int precision = sp.precision;
        boolean addDot0 = false;
        char mode;
        boolean upper = false;
        String suffix = "";
        switch (type) {
            case 0:
                if (precision < 0) {
                    mode = 'r';
                } else {
                    mode = 'g';
                }
                addDot0 = true;
                break;
            case 'e', 'f', 'g':
                mode = type;
                break;
            case 'E', 'F', 'G':
                mode = Character.toLowerCase(type);
                upper = true;
                break;
            case 'n':
                mode = 'g';
                break;
            case '%':
                mode = 'f';
                d = d * 100;
                suffix = "%";
                break;
            default:
                throw PyErrors.valueError("Unknown format code '%c' for object of type '%s'", type, "float");
        }
        if (precision < 0 && mode != 'r') {
            precision = 6;
        }
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        if (Double.isNaN(d)) {
            neg = false;
        }
        String body = FloatFormat.formatAbs(d, mode, precision, sp.alt, addDot0, upper);
        if (neg && sp.z && isZeroText(body)) {
            neg = false;
        }
        // split the integer digits (grouped) from the fraction/exponent
        int cut = 0;
        while (cut < body.length() && Character.isDigit(body.charAt(cut))) {
            cut++;
        }
        String intPart = body.substring(0, cut);
        String rest = body.substring(cut) + suffix;
        if (cut == 0) {
            // nan / inf
            return assembleNumber(signOf(neg, sp), "", body, suffix, sp, 3, (char) 0);
        }
        return assembleNumber(signOf(neg, sp), "", intPart, rest, sp, 3, sp.grouping);
    }

    private static boolean isZeroText(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }
}
