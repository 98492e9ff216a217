/**
 * Closed-over variables: the slot of a cell or free variable holds a {@link cellpy.runtime.Cell},
 * made on function entry or copied from the closure; reads and writes go through it (LOAD_DEREF,
 * STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE).
 */
package cellpy.nodes.cell;
