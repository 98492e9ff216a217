/** Locals in frame slots: typed reads and writes (LOAD_FAST, STORE_FAST, DELETE_FAST). */
package cellpy.nodes.local;
