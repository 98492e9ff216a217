/**
 * The Truffle nodes cellpy programs run as, a family per package: literals, locals (frame slots),
 * cells (closed-over variables), globals, expressions (operators, displays), calls, control flow
 * and statements, and the root nodes of modules and functions.
 */
package cellpy.nodes;
