/**
 * Generators without threads: the body runs against the generator's materialized frame; every
 * statement on a path to a {@code yield} is a resumable variant that keeps its resume point in a
 * frame slot; {@code yield} leaves by returning true up the
 * {@link cellpy.nodes.generator.GenStmtNode}s (from inside an expression, with a
 * {@link cellpy.nodes.generator.YieldException}) and, on resume, hands back the sent value.
 */
package cellpy.nodes.generator;
