package cellpy.parser;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns source text into tokens on demand, like CPython's tokenizer: lazily, so that a parse error
 * early in a file is reported before a tokenizer error later in it. It tracks indentation
 * (INDENT/DEDENT, IndentationError, TabError), bracket nesting (implicit line joining and the
 * "never closed"/"unmatched" errors), backslash continuations, comments and blank lines.
 * String literals are only delimited here; their contents are decoded by the parser.
 */
public final class Tokenizer {
    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=",
        "*=", "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(",
        ")", "[", "]", "{", "}", ",", ":", ".", ";", "=", "!",
    };

    private final String src;
    private final int n;
    private final String fileName;
    private final List<String> fileLines;
    private final int firstCol;
    /** True when tokenizing an f-string replacement field: everything is as if inside brackets. */
    private final boolean implicitParen;

    private int pos;
    private int line;
    private int lineStart;
    private boolean atLineStart = true;
    private final ArrayDeque<Token> pending = new ArrayDeque<>();
    private final List<int[]> indents = new ArrayList<>();
    /** Open brackets: {char, line, col}. */
    private final List<int[]> parens = new ArrayList<>();
    private Token last;
    private boolean finished;
    private SyntaxErrorException failure;

    public Tokenizer(String src, String fileName) {
        this(src, fileName, splitLines(src), 1, 0, false);
    }

    /**
     * A tokenizer over a piece of a larger file (an f-string expression): positions are shifted
     * so that they point into the original file, whose lines are used in error messages.
     */
    Tokenizer(String src, String fileName, List<String> fileLines, int firstLine, int firstCol, boolean implicitParen) {
        this.src = src;
        this.n = src.length();
        this.fileName = fileName;
        this.fileLines = fileLines;
        this.line = firstLine;
        this.firstCol = firstCol;
        this.implicitParen = implicitParen;
        this.indents.add(new int[]{0, 0});
        this.firstLine = firstLine;
    }

    private final int firstLine;

    /** Source lines without their terminators, as tracebacks and carets show them. */
    public static List<String> splitLines(String src) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < src.length(); i++) {
            if (src.charAt(i) == '\n') {
                out.add(src.substring(start, i));
                start = i + 1;
            }
        }
        if (start < src.length()) {
            out.add(src.substring(start));
        }
        return out;
    }

    public List<String> fileLines() {
        return fileLines;
    }

    String sourceLine(int ln) {
        return ln >= 1 && ln <= fileLines.size() ? fileLines.get(ln - 1) : null;
    }

    SyntaxErrorException error(String type, String msg, int ln, int col, int endCol) {
        return new SyntaxErrorException(type, msg, fileName, ln, col, endCol, sourceLine(ln));
    }

    private SyntaxErrorException error(String msg, int col, int endCol) {
        return error("SyntaxError", msg, line, col, endCol);
    }

    private int col(int p) {
        return p - lineStart + (line == firstLine ? firstCol : 0);
    }

    private char at(int p) {
        return p < n ? src.charAt(p) : '\0';
    }

    private void newline(int newlinePos) {
        line++;
        lineStart = newlinePos + 1;
    }

    private boolean eofInBrackets;

    /** Whether the error raised was "'(' was never closed". */
    boolean failedAtEofInBrackets() {
        return eofInBrackets;
    }

    /** The (sticky) error this tokenizer raised, or null. */
    SyntaxErrorException failure() {
        return failure;
    }

    /** Whether this tokenizer has already raised its (sticky) error. */
    boolean failed() {
        return failure != null;
    }

    public Token next() {
        if (failure != null) {
            throw failure;
        }
        try {
            Token t = advance();
            last = t;
            return t;
        } catch (SyntaxErrorException e) {
            failure = e;
            throw e;
        }
    }

    private Token make(TokenKind k, int start, int end, Object value) {
        return new Token(k, src.substring(start, end), line, col(start), line, col(end), value);
    }

    private Token advance() {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        if (finished) {
            return last;
        }
        while (true) {
            if (atLineStart && parens.isEmpty() && !implicitParen) {
                atLineStart = false;
                int c = 0;
                int alt = 0;
                int p = pos;
                while (p < n) {
                    char ch = src.charAt(p);
                    if (ch == ' ') {
                        c++;
                        alt++;
                    } else if (ch == '\t') {
                        c = (c / 8 + 1) * 8;
                        alt++;
                    } else if (ch == '\f') {
                        c = 0;
                        alt = 0;
                    } else {
                        break;
                    }
                    p++;
                }
                pos = p;
                if (p >= n) {
                    return eof();
                }
                char ch = src.charAt(p);
                if (ch == '#' || ch == '\n' || ch == '\r') {
                    while (pos < n && src.charAt(pos) != '\n') {
                        pos++;
                    }
                    if (pos < n) {
                        newline(pos);
                        pos++;
                    }
                    atLineStart = true;
                    continue;
                }
                indentation(c, alt, p);
                if (!pending.isEmpty()) {
                    return pending.poll();
                }
            }
            while (pos < n && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t' || src.charAt(pos) == '\f'
                            || src.charAt(pos) == '\r')) {
                pos++;
            }
            if (pos >= n) {
                return eof();
            }
            char ch = src.charAt(pos);
            if (ch == '#') {
                while (pos < n && src.charAt(pos) != '\n') {
                    pos++;
                }
                continue;
            }
            if (ch == '\n') {
                if (!parens.isEmpty() || implicitParen) {
                    newline(pos);
                    pos++;
                    continue;
                }
                Token t = new Token(TokenKind.NEWLINE, "\n", line, col(pos), line, col(pos), null);
                newline(pos);
                pos++;
                atLineStart = true;
                return t;
            }
            if (ch == '\\') {
                if (pos + 1 >= n) {
                    throw error("unexpected EOF while parsing", col(pos + 1), -1);
                }
                if (src.charAt(pos + 1) == '\n') {
                    newline(pos + 1);
                    pos += 2;
                    if (pos >= n) {
                        throw error("unexpected EOF while parsing", 0, -1);
                    }
                    continue;
                }
                throw error("unexpected character after line continuation character", col(pos + 1), -1);
            }
            int cp = src.codePointAt(pos);
            if (Character.isUnicodeIdentifierStart(cp) || cp == '_') {
                return nameOrString();
            }
            if (ch >= '0' && ch <= '9' || ch == '.' && at(pos + 1) >= '0' && at(pos + 1) <= '9') {
                return number();
            }
            if (ch == '\'' || ch == '"') {
                return string(pos, pos, "");
            }
            for (String op : OPERATORS) {
                if (src.startsWith(op, pos)) {
                    return operator(op);
                }
            }
            if (cp < 128) {
                // '$', '?', '`': CPython yields an error token that the parser rejects.
                Token t = make(TokenKind.OP, pos, pos + 1, null);
                pos++;
                return t;
            }
            if (isPrintable(cp)) {
                throw error("invalid character '" + new String(Character.toChars(cp)) + "' (U+"
                                + String.format("%04X", cp) + ")", col(pos), col(pos));
            }
            throw error("invalid non-printable character U+" + String.format("%04X", cp), col(pos), col(pos));
        }
    }

    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        int t = Character.getType(cp);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
                        || t == Character.PRIVATE_USE || t == Character.UNASSIGNED || t == Character.LINE_SEPARATOR
                        || t == Character.PARAGRAPH_SEPARATOR || t == Character.SPACE_SEPARATOR);
    }

    private void indentation(int c, int alt, int p) {
        int[] top = indents.get(indents.size() - 1);
        int tokCol = col(p);
        if (c == top[0]) {
            if (alt != top[1]) {
                throw tabError();
            }
        } else if (c > top[0]) {
            if (alt <= top[1]) {
                throw tabError();
            }
            indents.add(new int[]{c, alt});
            pending.add(new Token(TokenKind.INDENT, "", line, tokCol, line, tokCol, null));
        } else {
            while (indents.size() > 1 && c < indents.get(indents.size() - 1)[0]) {
                indents.remove(indents.size() - 1);
                pending.add(new Token(TokenKind.DEDENT, "", line, tokCol, line, tokCol, null));
            }
            top = indents.get(indents.size() - 1);
            if (c != top[0]) {
                String l = sourceLine(line);
                throw error("IndentationError", "unindent does not match any outer indentation level", line,
                                l == null ? 0 : l.length(), -1);
            }
            if (alt != top[1]) {
                throw tabError();
            }
        }
    }

    private SyntaxErrorException tabError() {
        return error("TabError", "inconsistent use of tabs and spaces in indentation", line, 0, -1);
    }

    private Token eof() {
        if (!parens.isEmpty()) {
            int[] p = parens.get(parens.size() - 1);
            eofInBrackets = true;
            throw error("SyntaxError", "'" + (char) p[0] + "' was never closed", p[1], p[2], -1);
        }
        finished = true;
        int c = col(pos);
        if (!implicitParen) {
            if (last != null && last.kind() != TokenKind.NEWLINE && last.kind() != TokenKind.DEDENT
                            && last.kind() != TokenKind.INDENT) {
                pending.add(new Token(TokenKind.NEWLINE, "", line, c, line, c, null));
            }
            while (indents.size() > 1) {
                indents.remove(indents.size() - 1);
                pending.add(new Token(TokenKind.DEDENT, "", line, c, line, c, null));
            }
        }
        Token end = new Token(TokenKind.ENDMARKER, "", line, c, line, c, null);
        pending.add(end);
        Token t = pending.poll();
        last = end;
        return t;
    }

    private Token operator(String op) {
        int start = pos;
        char c = op.charAt(0);
        if (op.length() == 1 && (c == '(' || c == '[' || c == '{')) {
            parens.add(new int[]{c, line, col(pos)});
        } else if (op.length() == 1 && (c == ')' || c == ']' || c == '}')) {
            if (parens.isEmpty()) {
                throw error("unmatched '" + c + "'", col(pos), col(pos));
            }
            int[] open = parens.get(parens.size() - 1);
            char expected = open[0] == '(' ? ')' : open[0] == '[' ? ']' : '}';
            if (c != expected) {
                String msg = "closing parenthesis '" + c + "' does not match opening parenthesis '" + (char) open[0] + "'";
                if (open[1] != line) {
                    msg += " on line " + open[1];
                }
                throw error(msg, col(pos), col(pos));
            }
            parens.remove(parens.size() - 1);
        }
        pos += op.length();
        return make(TokenKind.OP, start, pos, null);
    }

    private Token nameOrString() {
        int start = pos;
        while (pos < n) {
            int cp = src.codePointAt(pos);
            if (Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp)) {
                pos += Character.charCount(cp);
            } else {
                break;
            }
        }
        String word = src.substring(start, pos);
        char q = at(pos);
        if ((q == '\'' || q == '"') && word.length() <= 2) {
            String lw = word.toLowerCase();
            switch (lw) {
                case "r", "u", "f", "b", "br", "rb", "fr", "rf":
                    return string(start, pos, lw);
                default:
                    break;
            }
        }
        boolean ascii = true;
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 128) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            word = Normalizer.normalize(word, Normalizer.Form.NFKC);
        }
        return new Token(TokenKind.NAME, word, line, col(start), line, col(pos), null);
    }

    private Token string(int start, int quotePos, String prefix) {
        int startLine = line;
        int startCol = col(start);
        char quote = src.charAt(quotePos);
        boolean triple = at(quotePos + 1) == quote && at(quotePos + 2) == quote;
        pos = quotePos + (triple ? 3 : 1);
        int bodyStart = pos;
        int bodyLine = line;
        int bodyCol = col(pos);
        int startLineStart = lineStart;
        while (true) {
            if (pos >= n) {
                int detected = src.endsWith("\n") ? line - 1 : line;
                throw error("SyntaxError", (triple ? "unterminated triple-quoted string literal" : "unterminated string literal")
                                + " (detected at line " + detected + ")", startLine, startCol, startCol);
            }
            char ch = src.charAt(pos);
            if (ch == '\\') {
                if (pos + 1 < n && src.charAt(pos + 1) == '\n') {
                    newline(pos + 1);
                }
                pos += 2;
                if (pos > n) {
                    pos = n;
                }
            } else if (ch == '\n') {
                if (!triple) {
                    throw error("SyntaxError", "unterminated string literal (detected at line " + line + ")", startLine,
                                    startCol, startCol);
                }
                newline(pos);
                pos++;
            } else if (ch == quote && (!triple || at(pos + 1) == quote && at(pos + 2) == quote)) {
                String body = src.substring(bodyStart, pos);
                pos += triple ? 3 : 1;
                Token.StringLit lit = new Token.StringLit(prefix.contains("r"), prefix.contains("f"), prefix.contains("b"),
                                prefix.contains("u"), quote, triple, body, bodyLine, bodyCol);
                String text = src.substring(start, pos);
                int endCol = line == startLine ? startCol + text.length() : pos - lineStart;
                return new Token(TokenKind.STRING, text, startLine, startCol, line, endCol, lit);
            } else {
                pos++;
            }
        }
    }

    private static boolean isDigit(char c, int radix) {
        return Character.digit(c, radix) >= 0 && c < 128;
    }

    /** Digits with single underscores between them; returns false on a misplaced underscore. */
    private void digits(int radix, String kind) {
        while (true) {
            char c = at(pos);
            if (isDigit(c, radix)) {
                pos++;
            } else if (c == '_') {
                pos++;
                if (!isDigit(at(pos), radix)) {
                    throw error("invalid " + kind + " literal", col(pos) - 1, col(pos) - 1);
                }
            } else {
                return;
            }
        }
    }

    private static final String[] NUMBER_FOLLOWERS = {"and", "else", "for", "if", "in", "is", "not", "or"};

    private void verifyEnd(String kind) {
        int cp = pos < n ? src.codePointAt(pos) : 0;
        if (pos < n && (Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp))) {
            for (String kw : NUMBER_FOLLOWERS) {
                if (src.startsWith(kw, pos)) {
                    return; // accepted by 3.11 with a SyntaxWarning ("1if x else y")
                }
            }
            throw error("invalid " + kind + " literal", col(pos) - 1, col(pos) - 1);
        }
    }

    private Token number() {
        int start = pos;
        char c = src.charAt(pos);
        if (c == '0' && (at(pos + 1) == 'x' || at(pos + 1) == 'X' || at(pos + 1) == 'o' || at(pos + 1) == 'O'
                        || at(pos + 1) == 'b' || at(pos + 1) == 'B')) {
            char k = Character.toLowerCase(at(pos + 1));
            int radix = k == 'x' ? 16 : k == 'o' ? 8 : 2;
            String kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
            pos += 2;
            if (at(pos) == '_') {
                pos++;
            }
            if (!isDigit(at(pos), radix)) {
                if (radix != 16 && isDigit(at(pos), 10)) {
                    throw error("invalid digit '" + at(pos) + "' in " + kind + " literal", col(pos), col(pos));
                }
                throw error("invalid " + kind + " literal", col(pos) - 1, col(pos) - 1);
            }
            digits(radix, kind);
            if (radix != 16 && isDigit(at(pos), 10)) {
                throw error("invalid digit '" + at(pos) + "' in " + kind + " literal", col(pos), col(pos));
            }
            verifyEnd(kind);
            String digits = src.substring(start + 2, pos).replace("_", "");
            return make(TokenKind.INT, start, pos, new BigInteger(digits, radix));
        }
        boolean isFloat = false;
        if (c != '.') {
            digits(10, "decimal");
        }
        if (at(pos) == '.') {
            isFloat = true;
            pos++;
            if (isDigit(at(pos), 10)) {
                digits(10, "decimal");
            }
        }
        if (at(pos) == 'e' || at(pos) == 'E') {
            int ePos = pos;
            pos++;
            if (at(pos) == '+' || at(pos) == '-') {
                pos++;
                if (!isDigit(at(pos), 10)) {
                    throw error("invalid decimal literal", col(pos) - 1, col(pos) - 1);
                }
            }
            if (!isDigit(at(pos), 10)) {
                pos = ePos;
                verifyEnd("decimal");
                throw error("invalid decimal literal", col(pos) - 1, col(pos) - 1);
            }
            isFloat = true;
            digits(10, "decimal");
        }
        if (at(pos) == 'j' || at(pos) == 'J') {
            throw error("complex numbers are not supported", col(start), col(pos + 1));
        }
        verifyEnd("decimal");
        String text = src.substring(start, pos).replace("_", "");
        if (isFloat) {
            return make(TokenKind.FLOAT, start, pos, Double.parseDouble(text));
        }
        if (text.length() > 1 && text.charAt(0) == '0' && !text.chars().allMatch(ch -> ch == '0')) {
            int end = start + 1;
            while (end < pos && (src.charAt(end) == '0' || src.charAt(end) == '_')) {
                end++;
            }
            throw error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                            col(start), col(end));
        }
        return make(TokenKind.INT, start, pos, new BigInteger(text));
    }
}
