package cellpy.scope;

import static cellpy.scope.Flags.DEF_BOUND;
import static cellpy.scope.Flags.DEF_FREE_CLASS;
import static cellpy.scope.Flags.DEF_GLOBAL;
import static cellpy.scope.Flags.DEF_NONLOCAL;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second pass ({@code analyze_block} in CPython): decides every name's {@link SymbolKind}.
 * Going down, each block learns which names enclosing functions bind ({@code bound}) and which are
 * declared global; coming back up, the free variables of nested blocks turn the locals they refer
 * to into cells, and pass through the blocks in between as free variables of those too. Class
 * bodies are special twice: their bindings are invisible to nested blocks, and a {@code __class__}
 * free in a method is answered by the class's implicit cell.
 */
final class ScopeAnalyzer {
    private final Errors errors;

    ScopeAnalyzer(Errors errors) {
        this.errors = errors;
    }

    void analyze(Scope top) {
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
    }

    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new LinkedHashSet<>();
        Set<String> newBound = new HashSet<>();
        Map<String, SymbolKind> scopes = ste.kinds;
        boolean isClass = ste.kind() == Scope.Kind.CLASS;

        if (isClass) {
            // Class bindings are invisible to nested blocks: what they see is fixed before the class's names.
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (!isClass) {
            if (ste.isFunctionLike()) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }

        Set<String> allFree = new LinkedHashSet<>();
        for (Scope child : ste.children) {
            Set<String> childFree = new LinkedHashSet<>(newFree);
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
            if (child.hasFree || child.childFree) {
                ste.childFree = true;
            }
        }
        newFree.addAll(allFree);

        if (ste.isFunctionLike()) {
            analyzeCells(scopes, newFree);
        } else if (isClass) {
            if (newFree.remove("__class__")) {
                ste.needsClassClosure = true;
            }
        }
        updateSymbols(ste, scopes, bound, newFree, isClass);
        free.addAll(newFree);
    }

    private void analyzeName(Scope ste, Map<String, SymbolKind> scopes, String name, int flags, Set<String> bound,
                    Set<String> local, Set<String> free, Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw atDirective(ste, name, "name '" + name + "' is nonlocal and global");
            }
            scopes.put(name, SymbolKind.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw atDirective(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw atDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            }
            scopes.put(name, SymbolKind.FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, SymbolKind.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, SymbolKind.FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if (global.contains(name)) {
            scopes.put(name, SymbolKind.GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) {
            ste.hasFree = true;
        }
        scopes.put(name, SymbolKind.GLOBAL_IMPLICIT);
    }

    /** A local that a nested block uses freely becomes a cell, and is no longer free further up. */
    private static void analyzeCells(Map<String, SymbolKind> scopes, Set<String> free) {
        for (Map.Entry<String, SymbolKind> e : scopes.entrySet()) {
            if (e.getValue() == SymbolKind.LOCAL && free.remove(e.getKey())) {
                e.setValue(SymbolKind.CELL);
            }
        }
    }

    /** {@code update_symbols}: free names of nested blocks not bound here pass through as free. */
    private static void updateSymbols(Scope ste, Map<String, SymbolKind> scopes, Set<String> bound,
                    Set<String> free, boolean isClass) {
        List<String> passThrough = new ArrayList<>();
        for (String name : free) {
            Integer v = ste.symbols.get(name);
            if (v != null) {
                if (isClass && (v & (DEF_BOUND | DEF_GLOBAL)) != 0) {
                    ste.symbols.put(name, v | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue; // a global
            }
            passThrough.add(name);
        }
        for (String name : passThrough) {
            ste.symbols.put(name, 0);
            scopes.put(name, SymbolKind.FREE);
        }
    }

    private RuntimeException atDirective(Scope ste, String name, String message) {
        for (Scope.Directive d : ste.directives) {
            if (d.name().equals(name)) {
                return errors.at(message, d.line(), d.col());
            }
        }
        throw new IllegalStateException("BUG: internal directive bookkeeping broken for " + name);
    }
}
