package cellpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Float to text exactly as CPython's {@code PyOS_double_to_string}: the shortest round-tripping
 * digits for repr (Java's {@code Double.toString} has produced the shortest digits since JDK 19, we
 * only re-layout them), and correctly rounded (half-even on the exact binary value, via
 * {@link BigDecimal}) digits for the 'e', 'f' and 'g' formats. The layout step mirrors CPython's
 * {@code format_float_short}, which is where the subtle rules ({@code 1e+16}, {@code 1e-05},
 * trailing ".0") live.
 */
public final class FloatFormat {
    private FloatFormat() {
    }

    /** repr(float) / str(float). */
    @TruffleBoundary
    public static String repr(double d) {
        return format(d, 'r', 0, false, true, false);
    }

    /**
     * Formats {@code d} without sign padding: mode is 'r' (shortest), 'e', 'f' or 'g'; the result
     * carries a leading '-' for negative values (and -0.0). nan and inf come out as nan/inf (or
     * NAN/INF when upper).
     */
    @TruffleBoundary
    public static String format(double d, char mode, int precision, boolean alt, boolean addDot0, boolean upper) {
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        String body = formatAbs(Math.abs(d), mode, precision, alt, addDot0, upper);
        return neg && !Double.isNaN(d) ? "-" + body : body;
    }

    /** Like {@link #format} for the absolute value (callers add the sign themselves). */
    @TruffleBoundary
    public static String formatAbs(double d, char mode, int precision, boolean alt, boolean addDot0, boolean upper) {
        d = Math.abs(d);
        if (Double.isNaN(d)) {
            return upper ? "NAN" : "nan";
        }
        if (Double.isInfinite(d)) {
            return upper ? "INF" : "inf";
        }
        String digits;
        int decpt;
        int vdigitsEnd;
        boolean useExp = false;
        switch (mode) {
            case 'r': {
                if (d == 0) {
                    digits = "0";
                    decpt = 1;
                } else {
                    BigDecimal bd = new BigDecimal(Double.toString(d)).stripTrailingZeros();
                    digits = bd.unscaledValue().toString();
                    decpt = digits.length() - bd.scale();
                    if (digits.length() == 2) {
                        // Java prints at least two digits; the nearest one-digit decimal may also
                        // round-trip (subnormals: Java's 4.9e-324 is Python's 5e-324)
                        int two = Integer.parseInt(digits);
                        int one = (two + 5) / 10;
                        int e1 = decpt - 1;
                        if (one == 10) {
                            one = 1;
                            e1++;
                        }
                        if (Double.parseDouble(one + "e" + e1) == d) {
                            digits = Integer.toString(one);
                            decpt = e1 + 1;
                        }
                    }
                }
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
                vdigitsEnd = digits.length();
                break;
            }
            case 'e': {
                int n = precision + 1;
                String[] r = sigDigits(d, n);
                digits = r[0];
                decpt = Integer.parseInt(r[1]);
                useExp = true;
                vdigitsEnd = n;
                break;
            }
            case 'f': {
                BigDecimal bd = new BigDecimal(d).setScale(precision, RoundingMode.HALF_EVEN);
                String u = bd.unscaledValue().toString();
                if (u.equals("0")) {
                    digits = "0";
                    decpt = 1;
                } else {
                    decpt = u.length() - precision;
                    digits = stripZeros(u);
                }
                vdigitsEnd = decpt + precision;
                break;
            }
            case 'g': {
                int p = precision == 0 ? 1 : precision;
                String[] r = sigDigits(d, p);
                digits = r[0];
                decpt = Integer.parseInt(r[1]);
                if (decpt <= -4 || decpt > (addDot0 ? p - 1 : p)) {
                    useExp = true;
                }
                vdigitsEnd = alt ? p : digits.length();
                break;
            }
            default:
                throw new IllegalArgumentException("mode " + mode);
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
        } else {
            vdigitsEnd = Math.max(vdigitsEnd, decpt);
        }
        int len = digits.length();
        StringBuilder sb = new StringBuilder();
        if (decpt <= 0) {
            sb.repeat('0', decpt - vdigitsStart);
            sb.append('.');
            sb.repeat('0', -decpt);
        } else {
            sb.repeat('0', -vdigitsStart);
        }
        if (0 < decpt && decpt <= len) {
            sb.append(digits, 0, decpt);
            sb.append('.');
            sb.append(digits, decpt, len);
        } else {
            sb.append(digits);
        }
        if (len < decpt) {
            sb.repeat('0', decpt - len);
            sb.append('.');
            sb.repeat('0', vdigitsEnd - decpt);
        } else {
            sb.repeat('0', vdigitsEnd - len);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alt) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e');
            sb.append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        }
        return sb.toString();
    }

    /** The first {@code n} significant digits of {@code d > 0} (trailing zeros stripped) and decpt. */
    private static String[] sigDigits(double d, int n) {
        if (d == 0) {
            return new String[]{"0", "1"};
        }
        BigDecimal bd = new BigDecimal(d).round(new MathContext(n, RoundingMode.HALF_EVEN));
        String u = bd.unscaledValue().toString();
        int decpt = u.length() - bd.scale();
        return new String[]{stripZeros(u), Integer.toString(decpt)};
    }

    private static String stripZeros(String u) {
        int end = u.length();
        while (end > 1 && u.charAt(end - 1) == '0') {
            end--;
        }
        return u.substring(0, end);
    }

    private static final long MODULUS = (1L << 61) - 1;

    /** CPython's {@code _Py_HashDouble}: equal to the int hash for integral values. */
    @TruffleBoundary
    public static long hash(double v) {
        if (Double.isNaN(v)) {
            return 0;
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        int sign = 1;
        if (v < 0) {
            sign = -1;
            v = -v;
        }
        int e = Math.getExponent(v);
        double m;
        if (v == 0) {
            return 0;
        }
        // frexp: v = m * 2**e with 0.5 <= m < 1
        if (e == Double.MIN_EXPONENT - 1) {
            // subnormal
            double scaled = v * 0x1p54;
            e = Math.getExponent(scaled) + 1 - 54;
            m = scaled / Math.scalb(1.0, Math.getExponent(scaled) + 1);
        } else {
            e = e + 1;
            m = v / Math.scalb(1.0, e);
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | (x >>> (61 - 28));
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & MODULUS) | (x >>> (61 - e));
        x = x * sign;
        return x == -1 ? -2 : x;
    }
}
