package cellpy.scope;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cellpy.parser.Expr;

/**
 * One scope (CPython's symtable entry plus what the compiler derives from it for the code object):
 * the module, a function, a lambda, a class body or a comprehension. Every name is keyed in its
 * mangled form ({@link #mangle}); the lookup methods mangle the name they are given, so the
 * translator can pass {@code Name.id} as it stands.
 *
 * <p>How names are reported at each level, following CPython:
 * <ul>
 * <li>In a function, lambda or comprehension every name is LOCAL, CELL, FREE, GLOBAL_IMPLICIT or
 * GLOBAL_EXPLICIT, accessed by {@link Access#FAST}, {@link Access#DEREF} or {@link Access#GLOBAL}.
 * <li>At module level a bound name is LOCAL, a name only read is GLOBAL_IMPLICIT, and a name that
 * some function declares {@code global} (or a comprehension binds with {@code :=}) is
 * GLOBAL_EXPLICIT. LOCAL and GLOBAL_IMPLICIT go through the namespace ({@link Access#NAME},
 * CPython's LOAD_NAME/STORE_NAME); GLOBAL_EXPLICIT through {@link Access#GLOBAL}.
 * <li>In a class body the same, plus FREE for reads of enclosing function variables
 * ({@link Access#CLASSDEREF}, CPython's LOAD_CLASSDEREF) and for {@code nonlocal} names. A class
 * never has CELL names; the implicit {@code __class__} cell (when a method uses {@code super} or
 * {@code __class__}) is reported by {@link #needsClassClosure()} and {@link #cellvars()} only.
 * </ul>
 */
public final class Scope {

    public enum Kind { MODULE, FUNCTION, LAMBDA, CLASS, LISTCOMP, SETCOMP, DICTCOMP, GENEXP }

    private final Kind kind;
    private final String name;
    private final Scope parent;
    private final Object node;
    private final int line;
    private final int firstLine;
    private final String privateName;
    final List<Scope> children = new ArrayList<>();

    /** Name (mangled) to flag bits, in the order the first pass met them (as CPython's dict). */
    final LinkedHashMap<String, Integer> symbols = new LinkedHashMap<>();
    /** Name to the kind the analysis decided. */
    final Map<String, SymbolKind> kinds = new HashMap<>();
    /** Parameters in declaration order: posonly, normal, kwonly, *args, **kwargs ({@code ste_varnames}). */
    final List<String> params = new ArrayList<>();
    /** {@code global}/{@code nonlocal} declarations (and walrus targets), for error locations. */
    final List<Directive> directives = new ArrayList<>();

    boolean generator;
    boolean varargs;
    boolean varkw;
    boolean nested;
    boolean hasFree;
    boolean childFree;
    boolean needsClassClosure;
    boolean returnsValue;
    boolean compIterTarget;
    int compIterExpr;
    int argcount;
    int posonlyargcount;
    int kwonlyargcount;
    String qualname;

    List<String> varnames;
    List<String> cellvars;
    List<String> freevars;
    List<String> localsPlus;
    SymbolTable table;

    record Directive(String name, int line, int col) {}

    Scope(Kind kind, String name, Scope parent, Object node, int line, int firstLine, String privateName) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.node = node;
        this.line = line;
        this.firstLine = firstLine;
        this.privateName = privateName;
        if (parent != null) {
            parent.children.add(this);
            nested = parent.nested || parent.isFunctionLike();
        }
    }

    public Kind kind() { return kind; }

    /** The code object's name: "&lt;module&gt;", the def or class name, "&lt;lambda&gt;", "&lt;listcomp&gt;", ... */
    public String name() { return name; }

    /** {@code __qualname__} by CPython's {@code compiler_set_qualname}. */
    public String qualname() { return qualname; }

    public Scope parent() { return parent; }

    /** Nested scopes in the order CPython's symtable creates them. */
    public List<Scope> children() { return Collections.unmodifiableList(children); }

    /** The AST node: Module, Stmt.FunctionDef, Expr.Lambda, Stmt.ClassDef, Expr.ListComp, ... */
    public Object node() { return node; }

    /** Line of the def/class/lambda/comprehension (CPython's {@code ste_lineno}); 0 for the module. */
    public int line() { return line; }

    /** {@code co_firstlineno}: the first decorator's line for a decorated def or class; 1 for the module. */
    public int firstLine() { return firstLine; }

    /** The class name used for mangling private names in this scope, or null outside classes. */
    public String privateName() { return privateName; }

    public String mangle(String id) { return Mangler.mangle(privateName, id); }

    /** True for the scopes CPython compiles as optimized functions: def, lambda, comprehensions. */
    public boolean isFunctionLike() {
        return kind != Kind.MODULE && kind != Kind.CLASS;
    }

    public boolean isComprehension() {
        return kind == Kind.LISTCOMP || kind == Kind.SETCOMP || kind == Kind.DICTCOMP || kind == Kind.GENEXP;
    }

    /**
     * The kind of {@code id} (mangled here) as the symtable decided it. A name this scope never
     * mentions is GLOBAL_IMPLICIT.
     */
    public SymbolKind kindOf(String id) {
        SymbolKind k = kinds.get(mangle(id));
        return k == null ? SymbolKind.GLOBAL_IMPLICIT : k;
    }

    /** Whether the scope mentions {@code id} at all (binds, uses, declares or passes it through). */
    public boolean hasSymbol(String id) {
        return symbols.containsKey(mangle(id));
    }

    /** How the code of this scope reaches {@code id}: CPython's {@code compiler_nameop} decision. */
    public Access access(String id) {
        String m = mangle(id);
        SymbolKind k = kinds.get(m);
        if (k == null) {
            // CPython emits LOAD_NAME for a name the symtable does not know (only compiler-made
            // names such as __name__ in a class body reach this); in a function use the globals.
            return isFunctionLike() ? Access.GLOBAL : Access.NAME;
        }
        return switch (k) {
            case FREE -> kind == Kind.CLASS ? Access.CLASSDEREF : Access.DEREF;
            case CELL -> Access.DEREF;
            case LOCAL -> isFunctionLike() ? Access.FAST : Access.NAME;
            case GLOBAL_IMPLICIT -> isFunctionLike() ? Access.GLOBAL : Access.NAME;
            case GLOBAL_EXPLICIT -> Access.GLOBAL;
        };
    }

    /** The opname CPython 3.11 uses for this access to {@code id} in context {@code ctx}. */
    public String opname(String id, Expr.Ctx ctx) {
        return access(id).opname(ctx);
    }

    /** All names the scope mentions (mangled), in first-pass order, with their kinds. */
    public Map<String, SymbolKind> symbols() {
        Map<String, SymbolKind> result = new LinkedHashMap<>();
        for (String n : symbols.keySet()) {
            result.put(n, kinds.get(n));
        }
        return Collections.unmodifiableMap(result);
    }

    /** CPython's raw flag bits for {@code id} (0 when unknown); see {@link #flagNames}. */
    public int flags(String id) {
        Integer f = symbols.get(mangle(id));
        return f == null ? 0 : f;
    }

    /** The flag bits of {@code id} as words: parameter, assigned, referenced, imported, ... */
    public String flagNames(String id) {
        return Flags.describe(flags(id));
    }

    public boolean isParameter(String id) {
        return (flags(id) & Flags.DEF_PARAM) != 0;
    }

    /** Declared {@code global} in this scope (or, at module level, by some function). */
    public boolean isDeclaredGlobal(String id) {
        return (flags(id) & Flags.DEF_GLOBAL) != 0;
    }

    public boolean isDeclaredNonlocal(String id) {
        return (flags(id) & Flags.DEF_NONLOCAL) != 0;
    }

    /** Bound here: assigned, a parameter or imported. */
    public boolean isBound(String id) {
        return (flags(id) & Flags.DEF_BOUND) != 0;
    }

    /** {@code co_varnames}: parameters, then the other fast locals in the order code first touches them. */
    public List<String> varnames() { return varnames; }

    /**
     * {@code co_cellvars} as 3.11 orders it: parameters that are cells first (in parameter order),
     * then the other cells sorted; a class's is just {@code __class__} when it needs the cell.
     */
    public List<String> cellvars() { return cellvars; }

    /** {@code co_freevars}: sorted (a class also lists its own names a method takes from outside). */
    public List<String> freevars() { return freevars; }

    /**
     * CPython 3.11's "fast locals plus" layout: varnames, then cellvars that are not parameters,
     * then freevars. The frame-slot index of a variable, and the index {@code dis} shows.
     */
    public List<String> localsPlus() { return localsPlus; }

    /** Index of a cell variable in {@link #localsPlus()} (cell parameters keep their slot). */
    public int cellIndex(String mangled) {
        int i = varnames.indexOf(mangled);
        if (i >= 0 && cellvars.contains(mangled)) {
            return i;
        }
        int j = localsPlus.subList(varnames.size(), localsPlus.size()).indexOf(mangled);
        return j < 0 ? -1 : varnames.size() + j;
    }

    /** Index of a free variable in {@link #localsPlus()}. */
    public int freeIndex(String mangled) {
        return localsPlus.size() - freevars.size() + freevars.indexOf(mangled);
    }

    /** Number of positional parameters, positional-only included ({@code co_argcount}). */
    public int argcount() { return argcount; }

    public int posonlyargcount() { return posonlyargcount; }

    public int kwonlyargcount() { return kwonlyargcount; }

    public boolean hasVarargs() { return varargs; }

    public boolean hasVarkw() { return varkw; }

    /** Parameters in declaration order (for a comprehension: {@code .0}). */
    public List<String> parameters() { return Collections.unmodifiableList(params); }

    /** Contains {@code yield}/{@code yield from} (not counting nested scopes), or is a genexp. */
    public boolean isGenerator() { return generator; }

    /** Contains {@code return value} (CPython's {@code ste_returns_value}). */
    public boolean returnsValue() { return returnsValue; }

    /** A class body whose methods use {@code super()} or {@code __class__}: it makes the {@code __class__} cell. */
    public boolean needsClassClosure() { return needsClassClosure; }

    /** Has free variables of its own (CPython's {@code ste_free}). */
    public boolean hasFreeVars() { return !freevars.isEmpty(); }

    /** Some nested scope has free variables ({@code ste_child_free}). */
    public boolean childHasFree() { return childFree; }

    @Override
    public String toString() {
        return kind + " " + qualname;
    }
}
