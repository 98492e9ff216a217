/**
 * Calls: argument evaluation, binding to parameters with CPython's TypeErrors, dispatch cached on
 * the code object's call target (so all closures of one def share one compiled body), and the
 * uncached path that built-ins use.
 */
package cellpy.nodes.call;
