package cellpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python str semantics over Java Strings. Python indexes strings by code point, Java by UTF-16
 * unit; they agree unless the string holds a surrogate pair (a character beyond U+FFFF). Almost no
 * string does, so every operation first asks {@link #isBmp}, which remembers its last answer so a
 * loop indexing one long string does not rescan it each time.
 */
public final class PyStr {
    private PyStr() {
    }

    private record Checked(String s, boolean bmp) {}

    private static volatile Checked last = new Checked("", true);
    /** Strings longer than this are remembered by {@link #isBmp}; shorter ones are cheap to rescan. */
    private static final int REMEMBERED = 16;

    /** True when the string has no surrogates, so code point index == char index. */
    public static boolean isBmp(String s) {
        Checked c = last;
        if (c.s == s) {
            return c.bmp;
        }
        return scan(s);
    }

    @TruffleBoundary
    private static boolean scan(String s) {
        boolean bmp = true;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                bmp = false;
                break;
            }
        }
        if (s.length() > REMEMBERED) {
            last = new Checked(s, bmp);
        }
        return bmp;
    }

    /**
     * len(s) in code points, for compiled code: a short string's chars are checked for surrogates
     * right there (18 -> 7 ns for {@code len(w)} of a word) instead of behind a boundary; a longer
     * one goes to {@link #length}, which remembers the last long string it scanned, so a loop
     * testing {@code i < len(s)} does not rescan it, and a string with a surrogate is counted there.
     */
    public static int lengthInline(String s) {
        return isShortBmp(s) ? s.length() : length(s);
    }

    /** A string short enough to check in compiled code ({@link #REMEMBERED} chars) and without surrogates. */
    private static boolean isShortBmp(String s) {
        int n = s.length();
        if (n > REMEMBERED) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** len(s) in code points. */
    @TruffleBoundary
    public static int length(String s) {
        return isBmp(s) ? s.length() : s.codePointCount(0, s.length());
    }

    /**
     * The one-character strs of Latin-1, made once (CPython keeps the same table): indexing a str
     * in a loop ({@code s[i] == "q"}) allocates nothing for them.
     */
    private static final String[] LATIN1 = new String[256];

    static {
        for (int c = 0; c < LATIN1.length; c++) {
            LATIN1[c] = String.valueOf((char) c).intern();
        }
    }

    /** The one-character str of c. */
    public static String ofChar(char c) {
        return c < LATIN1.length ? LATIN1[c] : newChar(c);
    }

    @TruffleBoundary
    private static String newChar(char c) {
        return String.valueOf(c);
    }

    /**
     * {@code s[index]} for compiled code: a short string's char read right there and a Latin-1 one
     * taken from the table of one-character strs, without a boundary call. Longer strings, those
     * with a surrogate, other chars and an index out of range go to {@link #item}.
     */
    public static String itemInline(String s, long index) {
        if (!isShortBmp(s)) {
            return item(s, index);
        }
        int n = s.length();
        long i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            return item(s, index);
        }
        char c = s.charAt((int) i);
        return c < LATIN1.length ? LATIN1[c] : item(s, index);
    }

    /**
     * {@code s[index]} for an int index, from either end, whole behind one boundary (its Python
     * exception is an ordinary result, so it does not invalidate the caller).
     */
    @TruffleBoundary(transferToInterpreterOnException = false)
    public static String item(String s, long index) {
        int n = length(s);
        long i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            throw PyErrors.indexError("string index out of range");
        }
        return charAt(s, (int) i);
    }

    /**
     * {@code s[start:stop]} (step 1): the bounds already mapped from None (0 and
     * {@link Long#MAX_VALUE}), clamped here as CPython's {@code PySlice_AdjustIndices} does.
     */
    @TruffleBoundary
    public static String slice(String s, long start, long stop) {
        int n = length(s);
        int a = PSlice.clampBound(start, n);
        int b = PSlice.clampBound(stop, n);
        return b <= a ? "" : substring(s, a, b);
    }

    /** The character at code point index {@code i} (0 <= i < length) as a str. */
    @TruffleBoundary
    public static String charAt(String s, int i) {
        if (isBmp(s)) {
            return ofChar(s.charAt(i));
        }
        int off = s.offsetByCodePoints(0, i);
        return new String(Character.toChars(s.codePointAt(off)));
    }

    /** Code points {@code [start, stop)} (0 <= start <= stop <= length). */
    @TruffleBoundary
    public static String substring(String s, int start, int stop) {
        if (isBmp(s)) {
            return s.substring(start, stop);
        }
        int a = s.offsetByCodePoints(0, start);
        int b = s.offsetByCodePoints(a, stop - start);
        return s.substring(a, b);
    }

    /** The code points of s. */
    @TruffleBoundary
    public static int[] codePoints(String s) {
        return s.codePoints().toArray();
    }

    /** Converts a char index into a code point index. */
    @TruffleBoundary
    public static int cpIndex(String s, int charIndex) {
        return isBmp(s) ? charIndex : s.codePointCount(0, charIndex);
    }

    /** Converts a code point index into a char index (clamped to the string). */
    @TruffleBoundary
    public static int charIndex(String s, int cpIndex) {
        if (isBmp(s)) {
            return Math.min(cpIndex, s.length());
        }
        int n = s.codePointCount(0, s.length());
        return s.offsetByCodePoints(0, Math.min(cpIndex, n));
    }

    /** repr(str): CPython's quote choice and escapes. */
    @TruffleBoundary
    public static String repr(String s) {
        char quote = '\'';
        if (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) {
            quote = '"';
        }
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        sb.append(quote);
        return sb.toString();
    }

    /** Python's notion of a printable character (str.isprintable for one code point). */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** Python's str.isspace for one code point (Unicode whitespace plus the ASCII separators). */
    public static boolean isSpace(int cp) {
        switch (cp) {
            case ' ', '\t', '\n', '\r', 0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
                return true;
            default:
                if (cp < 0x80) {
                    return false;
                }
                int t = Character.getType(cp);
                return t == Character.SPACE_SEPARATOR || t == Character.LINE_SEPARATOR
                                || t == Character.PARAGRAPH_SEPARATOR;
        }
    }

    /** Repeats s n times (n <= 0 gives ""). */
    @TruffleBoundary
    public static String repeat(String s, long n) {
        if (n <= 0 || s.isEmpty()) {
            return "";
        }
        if ((long) s.length() * n > Integer.MAX_VALUE - 16) {
            throw PyErrors.raise(BuiltinTypes.OVERFLOW_ERROR, "repeated string is too long");
        }
        return s.repeat((int) n);
    }
}
