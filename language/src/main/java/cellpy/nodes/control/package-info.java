/**
 * Control flow: blocks, if, loops (Java loops on-stack replaced as bytecode OSR nodes, see
 * {@link cellpy.nodes.control.PlainLoopNode}; a generator's loops with a yield inside are Truffle
 * loop nodes in {@code cellpy.nodes.generator}), break, continue and return as control-flow
 * exceptions, try/except/finally, raise, with.
 */
package cellpy.nodes.control;
