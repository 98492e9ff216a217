package cellpy.parser;

/**
 * A SyntaxError (or IndentationError/TabError, by {@code type}) found by the tokenizer, the parser
 * or the symbol table, before any code runs. Plain Java: the front end knows nothing of Truffle;
 * the language turns this into a guest {@code SyntaxError}.
 *
 * @param line   1-based line of the error
 * @param col    0-based column of the caret (the first offending character)
 * @param endCol 0-based column after the last offending character, or -1 for a single caret
 */
public final class SyntaxErrorException extends RuntimeException {
    private final String type;
    private final String fileName;
    private final int line;
    private final int col;
    private final int endCol;
    private final String sourceLine;

    public SyntaxErrorException(String type, String message, String fileName, int line, int col, int endCol,
                    String sourceLine) {
        super(message, null, false, false);
        this.type = type;
        this.fileName = fileName;
        this.line = line;
        this.col = col;
        this.endCol = endCol;
        this.sourceLine = sourceLine;
    }

    public SyntaxErrorException(String message, String fileName, int line, int col, String sourceLine) {
        this("SyntaxError", message, fileName, line, col, -1, sourceLine);
    }

    /** "SyntaxError", "IndentationError" or "TabError". */
    public String type() { return type; }

    public String fileName() { return fileName; }

    public int line() { return line; }

    public int col() { return col; }

    public int endCol() { return endCol; }

    /** The offending source line without its newline, or null when unknown. */
    public String sourceLine() { return sourceLine; }
}
