/**
 * Built-ins that consume iterables ({@code sum}, {@code list}, {@code any}, ...) as nodes, used when
 * a call site sees that built-in: a generator argument is then resumed through a cached direct call,
 * so the generator's body is inlined into the consuming loop instead of being called through the
 * uncached protocol.
 */
package cellpy.nodes.intrinsic;
