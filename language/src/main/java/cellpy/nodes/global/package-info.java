/** Module-level names: reads fall back from the module's dict to the builtins (LOAD_GLOBAL, LOAD_NAME). */
package cellpy.nodes.global;
