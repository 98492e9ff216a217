/**
 * The front end of cellpy: {@link cellpy.parser.Tokenizer} and {@link cellpy.parser.Parser} turn
 * source text into the immutable AST of {@link cellpy.parser.Stmt} and {@link cellpy.parser.Expr}
 * records, raising {@link cellpy.parser.SyntaxErrorException} with CPython 3.11's messages and
 * positions. Plain Java with no dependencies, so it can be built and tested on its own;
 * {@link cellpy.parser.AstDump} prints trees like {@code ast.dump} to compare with CPython.
 */
package cellpy.parser;
