/** Operators, truth tests, displays, attribute and item access, f-strings. */
package cellpy.nodes.expression;
