package cellpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigInteger;

/**
 * printf-style {@code str % args} (CPython's {@code PyUnicode_Format}): conversions
 * {@code s r a d i u x X o e E f F g G c %}, flags {@code - + space # 0}, width and precision
 * (also {@code *}), {@code %(key)s} with a mapping, and CPython's error texts.
 */
public final class PercentFormat {
    private PercentFormat() {
    }

    private static boolean isMappingLike(Object args) {
        if (args instanceof PTuple || args instanceof String) {
            return false;
        }
        if (args instanceof PDict || args instanceof PList || args instanceof PRange) {
            return true;
        }
        return args instanceof PInstance i && PyObjects.userMethod(i.getType(), "__getitem__") != null;
    }

    @TruffleBoundary
    public static String format(String fmt, Object args) {
        Object[] argv = args instanceof PTuple t ? t.items() : new Object[]{args};
        boolean dictMode = isMappingLike(args);
        int argidx = 0;
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        int n = fmt.length();
        int i = 0;
        while (i < n) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int specStart = i;
            i++;
            if (i >= n) {
                throw PyErrors.valueError("incomplete format");
            }
            Object value = null;
            boolean haveKey = false;
            if (fmt.charAt(i) == '(') {
                if (!dictMode) {
                    throw PyErrors.typeError("format requires a mapping");
                }
                int depth = 1;
                int ks = ++i;
                while (i < n && depth > 0) {
                    if (fmt.charAt(i) == '(') {
                        depth++;
                    } else if (fmt.charAt(i) == ')') {
                        depth--;
                    }
                    i++;
                }
                if (depth > 0) {
                    throw PyErrors.valueError("incomplete format key");
                }
                String key = fmt.substring(ks, i - 1);
                value = PyObjects.getItem(args, key);
                haveKey = true;
            }
            boolean left = false;
            boolean plus = false;
            boolean space = false;
            boolean alt = false;
            boolean zero = false;
            flags: while (i < n) {
                switch (fmt.charAt(i)) {
                    case '-' -> left = true;
                    case '+' -> plus = true;
                    case ' ' -> space = true;
                    case '#' -> alt = true;
                    case '0' -> zero = true;
                    default -> {
                        break flags;
                    }
                }
                i++;
            }
            int width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                if (argidx >= argv.length) {
                    throw PyErrors.typeError("not enough arguments for format string");
                }
                Object w = argv[argidx++];
                if (!PyInt.isInt(w)) {
                    throw PyErrors.typeError("* wants int");
                }
                width = (int) PyInt.asIndexLong(w);
                if (width < 0) {
                    left = true;
                    width = -width;
                }
                i++;
            } else {
                int ws = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                if (i > ws) {
                    width = Integer.parseInt(fmt.substring(ws, i));
                }
            }
            int prec = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    if (argidx >= argv.length) {
                        throw PyErrors.typeError("not enough arguments for format string");
                    }
                    Object p = argv[argidx++];
                    if (!PyInt.isInt(p)) {
                        throw PyErrors.typeError("* wants int");
                    }
                    prec = Math.max(0, (int) PyInt.asIndexLong(p));
                    i++;
                } else {
                    int ps = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) {
                        i++;
                    }
                    prec = i > ps ? Integer.parseInt(fmt.substring(ps, i)) : 0;
                }
            }
            while (i < n && (fmt.charAt(i) == 'h' || fmt.charAt(i) == 'l' || fmt.charAt(i) == 'L')) {
                i++;
            }
            if (i >= n) {
                throw PyErrors.valueError("incomplete format");
            }
            char conv = fmt.charAt(i++);
            if (conv == '%' && i - specStart == 2) {
                out.append('%');
                continue;
            }
            if (!haveKey) {
                if (argidx >= argv.length) {
                    throw PyErrors.typeError("not enough arguments for format string");
                }
                value = argv[argidx++];
            }
            String body;
            String sign = "";
            String prefix = "";
            boolean numeric = false;
            switch (conv) {
                case '%':
                    body = "%";
                    break;
                case 's':
                    body = PyObjects.str(value);
                    if (prec >= 0 && PyStr.length(body) > prec) {
                        body = PyStr.substring(body, 0, prec);
                    }
                    break;
                case 'r':
                case 'a':
                    body = PyObjects.repr(value);
                    if (conv == 'a') {
                        body = ascii(body);
                    }
                    if (prec >= 0 && PyStr.length(body) > prec) {
                        body = PyStr.substring(body, 0, prec);
                    }
                    break;
                case 'd':
                case 'i':
                case 'u':
                case 'x':
                case 'X':
                case 'o': {
                    numeric = true;
                    boolean neg;
                    String digits;
                    if (value instanceof Long lv && lv != Long.MIN_VALUE) {
                        // the common case without a BigInteger ("%d:%s" % (i, s) 312 -> 174 ns)
                        neg = lv < 0;
                        long a = Math.abs(lv);
                        digits = switch (conv) {
                            case 'x' -> Long.toHexString(a);
                            case 'X' -> Long.toHexString(a).toUpperCase();
                            case 'o' -> Long.toOctalString(a);
                            default -> Long.toString(a);
                        };
                    } else {
                        BigInteger v = toInteger(value, conv);
                        neg = v.signum() < 0;
                        v = v.abs();
                        digits = switch (conv) {
                            case 'x' -> v.toString(16);
                            case 'X' -> v.toString(16).toUpperCase();
                            case 'o' -> v.toString(8);
                            default -> v.toString();
                        };
                    }
                    if (prec > digits.length()) {
                        digits = "0".repeat(prec - digits.length()) + digits;
                    }
                    if (alt) {
                        prefix = switch (conv) {
                            case 'x' -> "0x";
                            case 'X' -> "0X";
                            case 'o' -> "0o";
                            default -> "";
                        };
                    }
                    sign = neg ? "-" : plus ? "+" : space ? " " : "";
                    body = digits;
                    break;
                }
                case 'e':
                case 'E':
                case 'f':
                case 'F':
                case 'g':
                case 'G': {
                    numeric = true;
                    double d = toDouble(value);
                    boolean neg = d < 0 || (d == 0 && 1 / d < 0);
                    if (Double.isNaN(d)) {
                        neg = false;
                    }
                    body = FloatFormat.formatAbs(d, Character.toLowerCase(conv), prec < 0 ? 6 : prec, alt, false,
                                    Character.isUpperCase(conv));
                    sign = neg ? "-" : plus ? "+" : space ? " " : "";
                    break;
                }
                case 'c':
                    body = charOf(value);
                    break;
                default:
                    throw PyErrors.valueError("unsupported format character '%s' (0x%x) at index %d", String.valueOf(conv),
                                    (int) conv, i - 1);
            }
            int len = sign.length() + prefix.length() + PyStr.length(body);
            if (width > len) {
                int padLen = width - len;
                if (left) {
                    out.append(sign).append(prefix).append(body).repeat(' ', padLen);
                } else if (zero && numeric) {
                    out.append(sign).append(prefix).repeat('0', padLen).append(body);
                } else {
                    out.repeat(' ', padLen).append(sign).append(prefix).append(body);
                }
            } else {
                out.append(sign).append(prefix).append(body);
            }
        }
        if (argidx < argv.length && !dictMode) {
            throw PyErrors.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static BigInteger toInteger(Object v, char conv) {
        if (PyInt.isInt(v)) {
            return PyInt.toBig(v);
        }
        boolean decimal = conv == 'd' || conv == 'i' || conv == 'u';
        if (v instanceof Double d && decimal) {
            return PyInt.toBig(PyInt.fromDouble(d));
        }
        if (v instanceof PInstance i) {
            Object m = PyObjects.userMethod(i.getType(), "__index__");
            if (m == null && decimal) {
                m = PyObjects.userMethod(i.getType(), "__int__");
            }
            if (m != null) {
                Object r = Calls.call(m, v);
                if (PyInt.isInt(r)) {
                    return PyInt.toBig(r);
                }
            }
        }
        if (decimal) {
            throw PyErrors.typeError("%%%c format: a real number is required, not %s", conv, PyObjects.typeName(v));
        }
        throw PyErrors.typeError("%%%c format: an integer is required, not %s", conv, PyObjects.typeName(v));
    }

    private static double toDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        if (PyInt.isInt(v)) {
            return PyInt.toDouble(v);
        }
        if (v instanceof PInstance i) {
            Object m = PyObjects.userMethod(i.getType(), "__float__");
            if (m != null) {
                Object r = Calls.call(m, v);
                if (r instanceof Double d) {
                    return d;
                }
            }
        }
        throw PyErrors.typeError("must be real number, not %s", PyObjects.typeName(v));
    }

    private static String charOf(Object v) {
        if (v instanceof String s) {
            if (PyStr.length(s) != 1) {
                throw PyErrors.typeError("%%c requires int or char");
            }
            return s;
        }
        if (PyInt.isInt(v)) {
            BigInteger b = PyInt.toBig(v);
            if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw PyErrors.overflowError("%%c arg not in range(0x110000)");
            }
            return new String(Character.toChars(b.intValue()));
        }
        throw PyErrors.typeError("%%c requires int or char");
    }

    /** ascii(): repr with every non-ASCII character escaped. */
    @TruffleBoundary
    public static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < repr.length();) {
            int cp = repr.codePointAt(k);
            k += Character.charCount(cp);
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.toString();
    }
}
