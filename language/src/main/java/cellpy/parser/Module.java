package cellpy.parser;

import java.util.List;

/** A parsed file: its statements and the source lines (for error carets and tracebacks). */
public record Module(String fileName, List<Stmt> body, List<String> sourceLines) {}
