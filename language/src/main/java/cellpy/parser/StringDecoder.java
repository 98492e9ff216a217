package cellpy.parser;

/**
 * Decodes the backslash escapes of a (non-raw) string literal body, with CPython's rules:
 * unknown escapes such as {@code \d} stay as written (3.11 only warns about them).
 */
final class StringDecoder {
    private StringDecoder() {}

    /** Thrown with a message in CPython's "(unicode error) ..." form; the caller adds the position. */
    static final class DecodeError extends RuntimeException {
        DecodeError(String msg) {
            super(msg, null, false, false);
        }
    }

    static String decode(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case '\n' -> { }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    int k = 1;
                    while (k < 3 && i + 1 < n && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7') {
                        v = v * 8 + (s.charAt(++i) - '0');
                        k++;
                    }
                    sb.appendCodePoint(v);
                }
                case 'x' -> i = hex(s, i, 2, sb, "\\xXX");
                case 'u' -> i = hex(s, i, 4, sb, "\\uXXXX");
                case 'U' -> i = hex(s, i, 8, sb, "\\UXXXXXXXX");
                case 'N' -> {
                    int close = s.indexOf('}', i);
                    if (i + 1 >= n || s.charAt(i + 1) != '{' || close < 0) {
                        throw new DecodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                        + "0-1: malformed \\N character escape");
                    }
                    String name = s.substring(i + 2, close);
                    int cp;
                    try {
                        cp = Character.codePointOf(name);
                    } catch (IllegalArgumentException ex) {
                        throw new DecodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                        + "0-" + (close - i + 1) + ": unknown Unicode character name");
                    }
                    sb.appendCodePoint(cp);
                    i = close;
                }
                default -> sb.append('\\').append(e);
            }
        }
        return sb.toString();
    }

    private static int hex(String s, int i, int len, StringBuilder sb, String form) {
        int v = 0;
        for (int k = 1; k <= len; k++) {
            int d = i + k < s.length() ? Character.digit(s.charAt(i + k), 16) : -1;
            if (d < 0) {
                throw new DecodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-"
                                + k + ": truncated " + form + " escape");
            }
            v = v * 16 + d;
        }
        if (v > 0x10FFFF) {
            throw new DecodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-"
                            + (len + 1) + ": illegal Unicode character");
        }
        sb.appendCodePoint(v);
        return i + len;
    }
}
