/**
 * Control flow: blocks, if, loops (Truffle LoopNodes, so on-stack replacement works), break,
 * continue and return as control-flow exceptions, try/except/finally, raise, with.
 */
package cellpy.nodes.control;
