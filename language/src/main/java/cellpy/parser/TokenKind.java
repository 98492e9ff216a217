package cellpy.parser;

/** Kinds of tokens; keywords are NAME tokens so that soft keywords like {@code match} stay names. */
public enum TokenKind {
    NAME,
    /** Integer literal; the value is a {@link java.math.BigInteger}. */
    INT,
    /** Float literal; the value is a {@link Double}. */
    FLOAT,
    /** One string literal (adjacent literals are joined by the parser); the value is a {@link Token.StringLit}. */
    STRING,
    /** Operator or delimiter; the text says which. */
    OP,
    NEWLINE,
    INDENT,
    DEDENT,
    ENDMARKER
}
