/**
 * AST plus symbol table to Truffle nodes: one {@link cellpy.translate.FunctionContext} per code
 * object allocates its frame slots; names become local, cell, global reads and writes as the
 * symbol table decided.
 */
package cellpy.translate;
