package cellpy.parser;

/**
 * One token with its source range (1-based lines, 0-based columns, end exclusive) so that the
 * parser can position nodes and error carets like CPython does.
 */
public record Token(TokenKind kind, String text, int line, int col, int endLine, int endCol, Object value) {

    /**
     * A string literal as written: the raw body between the quotes is kept undecoded because
     * f-strings are split into fields before escapes are processed (as CPython 3.11 does).
     *
     * @param bodyLine line where the body starts
     * @param bodyCol  column where the body starts
     */
    public record StringLit(boolean raw, boolean fstring, boolean bytes, boolean unicode, char quote, boolean triple,
                    String body, int bodyLine, int bodyCol) {}

    public boolean isOp(String s) {
        return kind == TokenKind.OP && text.equals(s);
    }

    public boolean isName(String s) {
        return kind == TokenKind.NAME && text.equals(s);
    }

    @Override
    public String toString() {
        return kind + "(" + text + ")@" + line + ":" + col;
    }
}
