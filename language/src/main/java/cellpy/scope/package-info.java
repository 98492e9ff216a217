/**
 * The symbol table: CPython 3.11's two passes over the AST ({@code Python/symtable.c}), run on the
 * whole file before any code exists. {@link cellpy.scope.SymbolCollector} records, per scope, what
 * each name does (bound, used, parameter, declared global or nonlocal);
 * {@link cellpy.scope.ScopeAnalyzer} then decides each name's {@link cellpy.scope.SymbolKind}
 * (local, cell, free, global) and raises the symtable's SyntaxErrors. The translator reads the
 * result through {@link cellpy.scope.SymbolTable} and {@link cellpy.scope.Scope}; {@code dis.dis}
 * uses {@link cellpy.scope.DisListing}.
 */
package cellpy.scope;
