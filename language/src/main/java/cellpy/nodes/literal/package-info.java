/** Constants: ints, floats, strings, bools, None and other immutable values. */
package cellpy.nodes.literal;
