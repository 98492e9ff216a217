/**
 * Generators without threads: the body runs against the generator's materialized frame; every
 * statement on a path to a {@code yield} is a resumable variant. The yields of a body are numbered
 * in source order and the frame holds one resume point, the number of the yield the generator is
 * suspended at ({@link cellpy.nodes.generator.GenState}); each resumable statement knows the
 * numbers it contains, so resuming skips ahead to the right yield without per-statement state, and
 * compiled code folds the tests after the first. {@code yield} leaves by returning true up the
 * {@link cellpy.nodes.generator.GenStmtNode}s (from inside an expression, with a
 * {@link cellpy.nodes.generator.YieldException}) and, on resume, hands back the sent value; a
 * statement with a yield inside an expression is executed again on resume, its operands evaluated
 * before the yield kept by {@link cellpy.nodes.generator.SpillNode}s.
 */
package cellpy.nodes.generator;
