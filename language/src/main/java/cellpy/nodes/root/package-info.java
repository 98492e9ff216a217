/** Root nodes: a function's body with its entry protocol (parameters, cells, free variables), and a module's. */
package cellpy.nodes.root;
