package cellpy.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cellpy.parser.Expr.Ctx;

/**
 * Recursive-descent parser producing the immutable AST. It follows CPython 3.11's grammar and,
 * where CPython has a specific SyntaxError for a mistake, raises that message at the same place
 * (the front end errors are part of what cellpy must reproduce). Statement-level rules live here;
 * checks that CPython makes later (symtable, compiler) are in {@link Validator}.
 */
public final class Parser {
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
                    "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
                    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
                    "with", "yield");

    private static final Map<String, Expr.BinOpKind> AUG_OPS = Map.ofEntries(Map.entry("+=", Expr.BinOpKind.ADD),
                    Map.entry("-=", Expr.BinOpKind.SUB), Map.entry("*=", Expr.BinOpKind.MUL),
                    Map.entry("@=", Expr.BinOpKind.MATMUL), Map.entry("/=", Expr.BinOpKind.DIV),
                    Map.entry("//=", Expr.BinOpKind.FLOORDIV), Map.entry("%=", Expr.BinOpKind.MOD),
                    Map.entry("**=", Expr.BinOpKind.POW), Map.entry("<<=", Expr.BinOpKind.LSHIFT),
                    Map.entry(">>=", Expr.BinOpKind.RSHIFT), Map.entry("|=", Expr.BinOpKind.BITOR),
                    Map.entry("^=", Expr.BinOpKind.BITXOR), Map.entry("&=", Expr.BinOpKind.BITAND));

    final Tokenizer tz;
    final String fileName;
    private final List<Token> toks = new ArrayList<>();
    private int p;
    /** Nodes written inside their own parentheses; CPython's error rules tell them apart. */
    private final Set<Expr> parenthesized = Collections.newSetFromMap(new IdentityHashMap<>());
    /** End (line, col) of each expression node, for error ranges. */
    private final Map<Expr, int[]> ends = new IdentityHashMap<>();

    Parser(Tokenizer tz, String fileName) {
        this.tz = tz;
        this.fileName = fileName;
    }

    /**
     * Parses a whole file. Line endings may be \n, \r\n or \r.
     *
     * @throws SyntaxErrorException with CPython's message, type and position
     */
    public static Module parse(String source, String fileName) {
        return parse(source, fileName, null);
    }

    /**
     * Parses, then runs {@code afterParse} (the symbol table) before the compiler-stage checks
     * ('return' outside function, 'break' outside loop, ...): CPython reports the symbol table's
     * errors before the compiler's, wherever they are in the file.
     */
    public static Module parse(String source, String fileName, java.util.function.Consumer<Module> afterParse) {
        String src = source.replace("\r\n", "\n").replace('\r', '\n');
        if (src.startsWith("\uFEFF")) {
            src = src.substring(1);
        }
        Tokenizer tz = new Tokenizer(src, fileName);
        Parser ps = new Parser(tz, fileName);
        List<Stmt> body;
        try {
            body = ps.file();
        } catch (SyntaxErrorException e) {
            // Like CPython, an error found by tokenizing the rest of the file wins over a parser error
            // (the tokenizer may already have failed during the parser's lookahead).
            SyntaxErrorException t = tz.failure();
            if (t == null) {
                try {
                    while (tz.next().kind() != TokenKind.ENDMARKER) {
                        // the tokenizer throws its own error, if any
                    }
                } catch (SyntaxErrorException x) {
                    t = x;
                }
            }
            // an unclosed bracket wins only over a parser error on a later line than the bracket
            // (CPython's _PyPegen_tokenize_full_source_to_check_for_errors)
            if (t != null && t != e && (!tz.failedAtEofInBrackets() || e.line() > t.line())) {
                throw t;
            }
            throw e;
        }
        Module module = new Module(fileName, body, tz.fileLines());
        if (afterParse != null) {
            afterParse.accept(module);
        }
        Validator.check(body, fileName, tz.fileLines(), ps.ends);
        return module;
    }

    // ---------------------------------------------------------------- tokens

    Token peek(int k) {
        while (toks.size() <= p + k) {
            toks.add(tz.next());
        }
        return toks.get(p + k);
    }

    Token tok() {
        return peek(0);
    }

    Token take() {
        Token t = tok();
        p++;
        return t;
    }

    private Token prev() {
        return toks.get(p - 1);
    }

    boolean atOp(String s) {
        return tok().isOp(s);
    }

    boolean atKw(String s) {
        return tok().isName(s);
    }

    private boolean acceptOp(String s) {
        if (atOp(s)) {
            p++;
            return true;
        }
        return false;
    }

    private Token expectOp(String s) {
        if (!atOp(s)) {
            throw invalidSyntax();
        }
        return take();
    }

    private void expectKw(String s) {
        if (!atKw(s)) {
            throw invalidSyntax();
        }
        p++;
    }

    SyntaxErrorException error(String msg, int line, int col, int endCol) {
        return tz.error("SyntaxError", msg, line, col, endCol);
    }

    private SyntaxErrorException error(String msg, Token t) {
        return error(msg, t.line(), t.col(), t.endLine() == t.line() ? t.endCol() : -1);
    }

    /** An error spanning a node (to its recorded end when on the same line). */
    SyntaxErrorException error(String msg, Expr e) {
        int[] end = ends.get(e);
        return error(msg, e.line(), e.col(), end != null && end[0] == e.line() ? end[1] : -1);
    }

    private SyntaxErrorException errorRange(String msg, Expr from, Expr to) {
        int[] end = ends.get(to);
        return error(msg, from.line(), from.col(), end != null && end[0] == from.line() ? end[1] : -1);
    }

    SyntaxErrorException invalidSyntax() {
        Token t = tok();
        if (t.kind() == TokenKind.INDENT) {
            return tz.error("IndentationError", "unexpected indent", t.line(), Math.max(0, t.col() - 1), -1);
        }
        if (t.kind() == TokenKind.DEDENT) {
            return tz.error("IndentationError", "unexpected unindent", t.line(), t.col(), -1);
        }
        return error("invalid syntax", t);
    }

    /** Where the text of a node starts: at its outermost opening parenthesis, if parenthesized. */
    private final Map<Expr, Token> parenStart = new IdentityHashMap<>();

    private int sl(Expr e) {
        Token t = parenStart.get(e);
        return t != null ? t.line() : e.line();
    }

    private int sc(Expr e) {
        Token t = parenStart.get(e);
        return t != null ? t.col() : e.col();
    }

    private <T extends Expr> T fin(T e) {
        Token last = p > 0 ? toks.get(p - 1) : tok();
        ends.put(e, new int[]{last.endLine(), last.endCol()});
        return e;
    }

    private static boolean isName(Token t) {
        return t.kind() == TokenKind.NAME && !KEYWORDS.contains(t.text());
    }

    private String name() {
        Token t = tok();
        if (!isName(t)) {
            throw invalidSyntax();
        }
        p++;
        return t.text();
    }

    // ---------------------------------------------------------------- statements

    List<Stmt> file() {
        List<Stmt> body = new ArrayList<>();
        while (tok().kind() != TokenKind.ENDMARKER) {
            if (tok().kind() == TokenKind.NEWLINE) {
                p++;
                continue;
            }
            statement(body);
        }
        return body;
    }

    private void statement(List<Stmt> out) {
        Token t = tok();
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "def" -> {
                    out.add(funcDef(List.of()));
                    return;
                }
                case "class" -> {
                    out.add(classDef(List.of()));
                    return;
                }
                case "if" -> {
                    out.add(ifStmt("if"));
                    return;
                }
                case "while" -> {
                    out.add(whileStmt());
                    return;
                }
                case "for" -> {
                    out.add(forStmt());
                    return;
                }
                case "try" -> {
                    out.add(tryStmt());
                    return;
                }
                case "with" -> {
                    out.add(withStmt());
                    return;
                }
                case "async" -> throw invalidSyntax();
                default -> { }
            }
        } else if (t.isOp("@")) {
            out.add(decorated());
            return;
        } else if (t.kind() == TokenKind.INDENT || t.kind() == TokenKind.DEDENT) {
            throw invalidSyntax();
        }
        simpleStmts(out);
    }

    private void simpleStmts(List<Stmt> out) {
        while (true) {
            out.add(simpleStmt());
            if (acceptOp(";")) {
                if (tok().kind() == TokenKind.NEWLINE) {
                    break;
                }
                continue;
            }
            break;
        }
        if (tok().kind() != TokenKind.NEWLINE) {
            throw invalidSyntax();
        }
        p++;
    }

    /** A block after ':': an indented suite, or simple statements on the same line. */
    private List<Stmt> block(String what, Token header) {
        List<Stmt> body = new ArrayList<>();
        if (tok().kind() == TokenKind.NEWLINE) {
            Token nl = take();
            Token t = tok();
            if (t.kind() != TokenKind.INDENT) {
                String msg = "expected an indented block after " + what + " on line " + header.line();
                if (t.kind() == TokenKind.ENDMARKER) {
                    throw tz.error("IndentationError", msg, nl.line(), nl.col(), -1);
                }
                throw tz.error("IndentationError", msg, t.line(), t.col(), t.endLine() == t.line() ? t.endCol() : -1);
            }
            p++;
            while (tok().kind() != TokenKind.DEDENT && tok().kind() != TokenKind.ENDMARKER) {
                statement(body);
            }
            acceptDedent();
        } else {
            simpleStmts(body);
        }
        return body;
    }

    private void acceptDedent() {
        if (tok().kind() == TokenKind.DEDENT) {
            p++;
        }
    }

    private void expectColon() {
        if (atOp(":")) {
            p++;
            return;
        }
        if (tok().kind() == TokenKind.NEWLINE) {
            Token t = tok();
            throw error("expected ':'", t.line(), t.col(), t.col());
        }
        throw invalidSyntax();
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (atOp("@")) {
            p++;
            decorators.add(namedExpression());
            if (tok().kind() != TokenKind.NEWLINE) {
                throw invalidSyntax();
            }
            p++;
        }
        if (atKw("def")) {
            return funcDef(decorators);
        }
        if (atKw("class")) {
            return classDef(decorators);
        }
        throw invalidSyntax();
    }

    private Stmt funcDef(List<Expr> decorators) {
        Token def = take();
        String name = name();
        expectOp("(");
        Arguments args = parameters(false, ")");
        expectOp(")");
        if (acceptOp("->")) {
            expression(); // return annotations are not kept
        }
        expectColon();
        List<Stmt> body = block("function definition", def);
        return new Stmt.FunctionDef(def.line(), def.col(), name, args, body, decorators);
    }

    private Stmt classDef(List<Expr> decorators) {
        Token cls = take();
        String name = name();
        List<Expr> bases = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        if (atOp("(")) {
            callArguments(bases, keywords);
        }
        expectColon();
        List<Stmt> body = block("class definition", cls);
        return new Stmt.ClassDef(cls.line(), cls.col(), name, bases, keywords, body, decorators);
    }

    /**
     * Parameters of a def (annotations allowed) or a lambda, up to {@code closer}, with CPython's
     * errors for misplaced defaults, stars and slashes.
     */
    private Arguments parameters(boolean lambda, String closer) {
        List<Arguments.Arg> posonly = new ArrayList<>();
        List<Arguments.Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arguments.Arg vararg = null;
        List<Arguments.Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arguments.Arg kwarg = null;
        boolean star = false;
        boolean slash = false;
        while (!atOp(closer)) {
            Token t = tok();
            if (t.isOp("/")) {
                if (slash) {
                    throw error("/ may appear only once", t);
                }
                if (star) {
                    throw error("/ must be ahead of *", t);
                }
                if (args.isEmpty()) {
                    throw error("at least one argument must precede /", t);
                }
                p++;
                slash = true;
                posonly.addAll(args);
                args.clear();
            } else if (t.isOp("*")) {
                if (star) {
                    throw error("* argument may appear only once", t);
                }
                p++;
                star = true;
                if (isName(tok())) {
                    vararg = arg(lambda);
                    if (atOp("=")) {
                        throw error("var-positional argument cannot have default value", tok());
                    }
                } else if (atOp(closer) || atOp(",") && (peek(1).isOp(closer) || peek(1).isOp("**"))) {
                    throw error("named arguments must follow bare *", t);
                }
            } else if (t.isOp("**")) {
                p++;
                kwarg = arg(lambda);
                if (atOp("=")) {
                    throw error("var-keyword argument cannot have default value", tok());
                }
                acceptOp(",");
                if (!atOp(closer)) {
                    if (isName(tok()) || atOp("*") || atOp("**") || atOp("/")) {
                        throw error("arguments cannot follow var-keyword argument", tok());
                    }
                    throw invalidSyntax();
                }
                break;
            } else {
                Arguments.Arg a = arg(lambda);
                if (acceptOp("=")) {
                    Expr d = expression();
                    if (star) {
                        kwonly.add(a);
                        kwDefaults.add(d);
                    } else {
                        args.add(a);
                        defaults.add(d);
                    }
                } else if (star) {
                    kwonly.add(a);
                    kwDefaults.add(null);
                } else {
                    if (!defaults.isEmpty()) {
                        throw error("non-default argument follows default argument", a.line(), a.col(),
                                        a.col() + a.name().length());
                    }
                    args.add(a);
                }
            }
            if (!atOp(closer)) {
                expectOp(",");
            }
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arguments.Arg arg(boolean lambda) {
        Token t = tok();
        String n = name();
        Expr annotation = null;
        if (!lambda && acceptOp(":")) {
            annotation = expression();
        }
        return new Arguments.Arg(t.line(), t.col(), n, annotation);
    }

    private Stmt ifStmt(String kw) {
        Token t = take();
        Expr test = namedExpression();
        expectColon();
        List<Stmt> body = block("'" + kw + "' statement", t);
        List<Stmt> orelse = new ArrayList<>();
        if (atKw("elif")) {
            orelse.add(ifStmt("elif"));
        } else if (atKw("else")) {
            Token e = take();
            expectColon();
            orelse = block("'else' statement", e);
        }
        return new Stmt.If(t.line(), t.col(), test, body, orelse);
    }

    private Stmt whileStmt() {
        Token t = take();
        Expr test = namedExpression();
        expectColon();
        List<Stmt> body = block("'while' statement", t);
        List<Stmt> orelse = elseBlock();
        return new Stmt.While(t.line(), t.col(), test, body, orelse);
    }

    private List<Stmt> elseBlock() {
        if (atKw("else")) {
            Token e = take();
            expectColon();
            return block("'else' statement", e);
        }
        return List.of();
    }

    private Stmt forStmt() {
        Token t = take();
        Expr target = toTarget(targetList(), Ctx.STORE);
        expectKw("in");
        Expr iter = starExpressions();
        expectColon();
        List<Stmt> body = block("'for' statement", t);
        List<Stmt> orelse = elseBlock();
        return new Stmt.For(t.line(), t.col(), target, iter, body, orelse);
    }

    private Stmt tryStmt() {
        Token t = take();
        expectColon();
        List<Stmt> body = block("'try' statement", t);
        List<Stmt.ExceptHandler> handlers = new ArrayList<>();
        while (atKw("except")) {
            Token ex = take();
            if (atOp("*")) {
                throw invalidSyntax();
            }
            Expr type = null;
            String asName = null;
            if (!atOp(":")) {
                type = expression();
                if (atOp(",")) {
                    throw error("multiple exception types must be parenthesized", type.line(), type.col(), -1);
                }
                if (atKw("as")) {
                    p++;
                    asName = name();
                }
            }
            expectColon();
            List<Stmt> hbody = block("'except' statement", ex);
            handlers.add(new Stmt.ExceptHandler(ex.line(), ex.col(), type, asName, hbody));
        }
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty() && atKw("else")) {
            Token e = take();
            expectColon();
            orelse = block("'else' statement", e);
        }
        List<Stmt> finalbody = List.of();
        if (atKw("finally")) {
            Token f = take();
            expectColon();
            finalbody = block("'finally' statement", f);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw error("expected 'except' or 'finally' block", tok());
        }
        return new Stmt.Try(t.line(), t.col(), body, handlers, orelse, finalbody);
    }

    private Stmt withStmt() {
        Token t = take();
        List<Stmt.WithItem> items = null;
        if (atOp("(")) {
            // with (a as b, c as d): -- try the parenthesized form first, as CPython does
            int save = p;
            try {
                p++;
                List<Stmt.WithItem> list = new ArrayList<>();
                list.add(withItem());
                while (acceptOp(",")) {
                    if (atOp(")")) {
                        break;
                    }
                    list.add(withItem());
                }
                expectOp(")");
                if (!atOp(":")) {
                    throw invalidSyntax();
                }
                items = list;
            } catch (SyntaxErrorException e) {
                p = save;
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            items.add(withItem());
            while (acceptOp(",")) {
                items.add(withItem());
            }
        }
        expectColon();
        List<Stmt> body = block("'with' statement", t);
        return new Stmt.With(t.line(), t.col(), items, body);
    }

    private Stmt.WithItem withItem() {
        Expr e = expression();
        Expr vars = null;
        if (atKw("as")) {
            p++;
            vars = toTarget(starTarget(), Ctx.STORE);
            if (!(atOp(",") || atOp(")") || atOp(":"))) {
                throw invalidSyntax();
            }
        }
        return new Stmt.WithItem(e, vars);
    }

    private Stmt simpleStmt() {
        Token t = tok();
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "pass" -> {
                    p++;
                    return new Stmt.Pass(t.line(), t.col());
                }
                case "break" -> {
                    p++;
                    return new Stmt.Break(t.line(), t.col());
                }
                case "continue" -> {
                    p++;
                    return new Stmt.Continue(t.line(), t.col());
                }
                case "return" -> {
                    p++;
                    Expr v = startsExpression(tok()) ? starExpressions() : null;
                    return new Stmt.Return(t.line(), t.col(), v);
                }
                case "raise" -> {
                    p++;
                    Expr exc = null;
                    Expr cause = null;
                    if (startsExpression(tok())) {
                        exc = expression();
                        if (atKw("from")) {
                            p++;
                            cause = expression();
                        }
                    }
                    return new Stmt.Raise(t.line(), t.col(), exc, cause);
                }
                case "global", "nonlocal" -> {
                    p++;
                    List<String> names = new ArrayList<>();
                    names.add(name());
                    while (acceptOp(",")) {
                        names.add(name());
                    }
                    return t.text().equals("global") ? new Stmt.Global(t.line(), t.col(), names)
                                    : new Stmt.Nonlocal(t.line(), t.col(), names);
                }
                case "del" -> {
                    p++;
                    List<Expr> targets = new ArrayList<>();
                    do {
                        if (isStmtEnd()) {
                            break;
                        }
                        targets.add(toTarget(starTarget(), Ctx.DEL));
                    } while (acceptOp(","));
                    if (targets.isEmpty()) {
                        throw invalidSyntax();
                    }
                    if (!isStmtEnd()) {
                        throw invalidSyntax();
                    }
                    return new Stmt.Delete(t.line(), t.col(), targets);
                }
                case "assert" -> {
                    p++;
                    Expr test = expression();
                    Expr msg = acceptOp(",") ? expression() : null;
                    return new Stmt.Assert(t.line(), t.col(), test, msg);
                }
                case "import" -> {
                    return importStmt();
                }
                case "from" -> {
                    return fromImport();
                }
                default -> { }
            }
        }
        return exprOrAssign();
    }

    private boolean isStmtEnd() {
        return tok().kind() == TokenKind.NEWLINE || atOp(";") || tok().kind() == TokenKind.ENDMARKER;
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(name());
        while (atOp(".")) {
            p++;
            sb.append('.').append(name());
        }
        return sb.toString();
    }

    private Stmt importStmt() {
        Token t = take();
        List<Stmt.Alias> names = new ArrayList<>();
        do {
            String n = dottedName();
            String as = null;
            if (atKw("as")) {
                p++;
                as = name();
            }
            names.add(new Stmt.Alias(n, as));
        } while (acceptOp(","));
        return new Stmt.Import(t.line(), t.col(), names);
    }

    private Stmt fromImport() {
        Token t = take();
        int level = 0;
        while (atOp(".") || atOp("...")) {
            level += take().text().length();
        }
        String module = null;
        if (!atKw("import")) {
            module = dottedName();
        }
        expectKw("import");
        List<Stmt.Alias> names = new ArrayList<>();
        if (atOp("*")) {
            p++;
            names.add(new Stmt.Alias("*", null));
        } else {
            boolean paren = acceptOp("(");
            while (true) {
                String n = name();
                String as = null;
                if (atKw("as")) {
                    p++;
                    as = name();
                }
                names.add(new Stmt.Alias(n, as));
                if (!atOp(",")) {
                    break;
                }
                Token comma = take();
                if (paren && atOp(")")) {
                    break;
                }
                if (!paren && isStmtEnd()) {
                    throw error("trailing comma not allowed without surrounding parentheses", comma.line(),
                                    comma.endCol(), comma.endCol());
                }
            }
            if (paren) {
                expectOp(")");
            }
        }
        return new Stmt.ImportFrom(t.line(), t.col(), module, names, level);
    }

    private Expr yieldOrStarExpressions() {
        return atKw("yield") ? yieldExpr() : starExpressions();
    }

    private Stmt exprOrAssign() {
        Token start = tok();
        if (atOp(":=") || atOp("=")) {
            throw invalidSyntax();
        }
        Expr first = yieldOrStarExpressions();
        if (atOp("=")) {
            List<Expr> items = new ArrayList<>();
            items.add(first);
            while (acceptOp("=")) {
                items.add(yieldOrStarExpressions());
            }
            Expr value = items.get(items.size() - 1);
            List<Expr> targets = new ArrayList<>();
            for (int i = 0; i < items.size() - 1; i++) {
                Expr target = items.get(i);
                if (findInvalid(target, Ctx.STORE) != null) {
                    throw assignError(target, i == 0, items.get(i + 1), items.size() == 2);
                }
                targets.add(toTarget(target, Ctx.STORE));
            }
            return new Stmt.Assign(start.line(), start.col(), targets, value);
        }
        Token t = tok();
        if (t.kind() == TokenKind.OP && AUG_OPS.containsKey(t.text())) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw error("'" + exprName(first) + "' is an illegal expression for augmented assignment", first);
            }
            p++;
            Expr value = yieldOrStarExpressions();
            return new Stmt.AugAssign(start.line(), start.col(), toTarget(first, Ctx.STORE), AUG_OPS.get(t.text()), value);
        }
        if (t.isOp(":")) {
            if (first instanceof Expr.TupleExpr && !parenthesized.contains(first)) {
                throw error("only single target (not tuple) can be annotated", first);
            }
            if (first instanceof Expr.TupleExpr || first instanceof Expr.ListExpr) {
                throw error("only single target (not " + exprName(first) + ") can be annotated", first);
            }
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw error("illegal target for annotation", first);
            }
            p++;
            Expr annotation = expression();
            Expr value = acceptOp("=") ? yieldOrStarExpressions() : null;
            return new Stmt.AnnAssign(start.line(), start.col(), toTarget(first, Ctx.STORE), annotation, value);
        }
        if (!isStmtEnd() && first instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"))
                        && !parenthesized.contains(first)) {
            int save = p;
            Expr rest = null;
            try {
                rest = starExpressions();
            } catch (SyntaxErrorException e) {
                p = save;
            }
            if (rest != null) {
                throw errorRange("Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?", first,
                                rest);
            }
        }
        return new Stmt.ExprStmt(start.line(), start.col(), first);
    }

    /** CPython 3.11's message for an invalid assignment target (the "Maybe you meant '=='" rule). */
    private SyntaxErrorException assignError(Expr target, boolean firstTarget, Expr value, boolean singleTarget) {
        Expr last = target;
        if (target instanceof Expr.TupleExpr tu && !parenthesized.contains(target) && !tu.elts().isEmpty()) {
            last = tu.elts().get(tu.elts().size() - 1);
        }
        Expr rhs = value;
        if (value instanceof Expr.TupleExpr tv && !parenthesized.contains(value) && !tv.elts().isEmpty()) {
            rhs = tv.elts().get(0);
        }
        boolean rhsOk = singleTarget && isBitwiseLevel(rhs);
        if (firstTarget && rhsOk) {
            if (last != target && last instanceof Expr.Name) {
                throw errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", last, rhs);
            }
            if (isBitwiseLevel(last) && !(last instanceof Expr.ListExpr || last instanceof Expr.TupleExpr
                            || last instanceof Expr.GeneratorExp || last instanceof Expr.BoolLit
                            || last instanceof Expr.NoneLit) && findInvalid(last, Ctx.STORE) == last) {
                return error("cannot assign to " + exprName(last) + " here. Maybe you meant '==' instead of '='?", last);
            }
        }
        Expr bad = findInvalid(target, Ctx.STORE);
        return error("cannot assign to " + exprName(bad), bad);
    }

    private boolean isBitwiseLevel(Expr e) {
        if (parenthesized.contains(e)) {
            return true;
        }
        return !(e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.UnaryOp u
                        && u.op() == Expr.UnaryOpKind.NOT || e instanceof Expr.IfExp || e instanceof Expr.Lambda
                        || e instanceof Expr.NamedExpr || e instanceof Expr.Starred || e instanceof Expr.Yield
                        || e instanceof Expr.YieldFrom || e instanceof Expr.TupleExpr);
    }

    /** The first sub-expression that cannot be a target, or null when all of it can. */
    static Expr findInvalid(Expr e, Ctx ctx) {
        return switch (e) {
            case Expr.Name n -> null;
            case Expr.Attribute a -> null;
            case Expr.Subscript s -> null;
            case Expr.Starred s -> ctx == Ctx.DEL ? e : findInvalid(s.value(), ctx);
            case Expr.TupleExpr t -> firstInvalid(t.elts(), ctx);
            case Expr.ListExpr l -> firstInvalid(l.elts(), ctx);
            default -> e;
        };
    }

    private static Expr firstInvalid(List<Expr> elts, Ctx ctx) {
        for (Expr x : elts) {
            Expr bad = findInvalid(x, ctx);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /** CPython's name for a kind of expression in "cannot assign to ..." messages. */
    static String exprName(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.ListExpr l -> "list";
            case Expr.TupleExpr t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.DictExpr d -> "dict literal";
            case Expr.SetExpr s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.NoneLit n -> "None";
            case Expr.BoolLit b -> b.value() ? "True" : "False";
            case Expr.EllipsisLit el -> "ellipsis";
            case Expr.IntLit i -> "literal";
            case Expr.FloatLit f -> "literal";
            case Expr.StrLit s -> "literal";
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
            default -> "expression";
        };
    }

    /** Rebuilds a checked expression as a target in {@code ctx}, or raises "cannot assign to/delete ...". */
    Expr toTarget(Expr e, Ctx ctx) {
        Expr bad = findInvalid(e, ctx);
        if (bad != null) {
            throw error((ctx == Ctx.DEL ? "cannot delete " : "cannot assign to ") + exprName(bad), bad);
        }
        return setCtx(e, ctx);
    }

    private Expr setCtx(Expr e, Ctx ctx) {
        Expr r = switch (e) {
            case Expr.Name n -> new Expr.Name(n.line(), n.col(), n.id(), ctx);
            case Expr.Attribute a -> new Expr.Attribute(a.line(), a.col(), a.value(), a.attr(), ctx);
            case Expr.Subscript s -> new Expr.Subscript(s.line(), s.col(), s.value(), s.slice(), ctx);
            case Expr.Starred s -> new Expr.Starred(s.line(), s.col(), setCtx(s.value(), ctx), ctx);
            case Expr.TupleExpr t -> new Expr.TupleExpr(t.line(), t.col(), setCtxAll(t.elts(), ctx), ctx);
            case Expr.ListExpr l -> new Expr.ListExpr(l.line(), l.col(), setCtxAll(l.elts(), ctx), ctx);
            default -> e;
        };
        if (ends.containsKey(e)) {
            ends.put(r, ends.get(e));
        }
        if (parenthesized.contains(e)) {
            parenthesized.add(r);
        }
        if (parenStart.containsKey(e)) {
            parenStart.put(r, parenStart.get(e));
        }
        return r;
    }

    private List<Expr> setCtxAll(List<Expr> elts, Ctx ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            out.add(setCtx(x, ctx));
        }
        return out;
    }

    // ---------------------------------------------------------------- targets

    /** {@code star_targets}: comma-separated targets; a tuple when there is a comma. */
    private Expr targetList() {
        Expr first = starTarget();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (!(startsExpression(tok()) || atOp("*"))) {
                break;
            }
            elts.add(starTarget());
        }
        return fin(new Expr.TupleExpr(sl(first), sc(first), elts, Ctx.LOAD));
    }

    private Expr starTarget() {
        if (atOp("*")) {
            Token s = take();
            Expr v = bitwiseOr();
            return fin(new Expr.Starred(s.line(), s.col(), v, Ctx.LOAD));
        }
        return bitwiseOr();
    }

    // ---------------------------------------------------------------- expressions

    static boolean startsExpression(Token t) {
        switch (t.kind()) {
            case NAME:
                return !KEYWORDS.contains(t.text()) || switch (t.text()) {
                    case "not", "lambda", "True", "False", "None", "await" -> true;
                    default -> false;
                };
            case INT, FLOAT, STRING:
                return true;
            case OP:
                return switch (t.text()) {
                    case "(", "[", "{", "-", "+", "~", "...", "*" -> true;
                    default -> false;
                };
            default:
                return false;
        }
    }

    /** {@code star_expressions}: an expression, or a tuple without parentheses. */
    Expr starExpressions() {
        Expr first = starExpression();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (!startsExpression(tok())) {
                break;
            }
            elts.add(starExpression());
        }
        return fin(new Expr.TupleExpr(sl(first), sc(first), elts, Ctx.LOAD));
    }

    private Expr starExpression() {
        if (atOp("*")) {
            Token s = take();
            Expr v = bitwiseOr();
            return fin(new Expr.Starred(s.line(), s.col(), v, Ctx.LOAD));
        }
        return expression();
    }

    private Expr starNamedExpression() {
        if (atOp("*")) {
            Token s = take();
            Expr v = bitwiseOr();
            return fin(new Expr.Starred(s.line(), s.col(), v, Ctx.LOAD));
        }
        return namedExpression();
    }

    Expr namedExpression() {
        Token t = tok();
        if (isName(t) && peek(1).isOp(":=")) {
            p += 2;
            Expr value = expression();
            return fin(new Expr.NamedExpr(t.line(), t.col(), new Expr.Name(t.line(), t.col(), t.text(), Ctx.STORE), value));
        }
        Expr e = expression();
        if (atOp(":=")) {
            throw error("cannot use assignment expressions with " + exprName(e), e);
        }
        if (atOp("=")) {
            equalsInsteadOfEq(e);
        }
        return e;
    }

    /** After {@code e} comes a lone '=' where no assignment can be: CPython's hints. */
    private void equalsInsteadOfEq(Expr e) {
        int save = p;
        p++;
        Expr rhs;
        try {
            rhs = bitwiseOr();
        } catch (SyntaxErrorException ex) {
            p = save;
            return;
        }
        boolean follows = atOp("=") || atOp(":=");
        p = save;
        if (follows) {
            return;
        }
        if (e instanceof Expr.Name && !parenthesized.contains(e)) {
            throw errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, rhs);
        }
        if (isBitwiseLevel(e) && !(e instanceof Expr.ListExpr || e instanceof Expr.TupleExpr
                        || e instanceof Expr.GeneratorExp || e instanceof Expr.BoolLit || e instanceof Expr.NoneLit)) {
            throw error("cannot assign to " + exprName(e) + " here. Maybe you meant '==' instead of '='?", e);
        }
    }

    Expr expression() {
        if (atKw("lambda")) {
            return lambda();
        }
        Expr body = disjunction();
        if (atKw("if")) {
            p++;
            Expr test = disjunction();
            if (!atKw("else")) {
                throw errorRange("expected 'else' after 'if' expression", body, test);
            }
            p++;
            Expr orelse = expression();
            return fin(new Expr.IfExp(sl(body), sc(body), test, body, orelse));
        }
        return body;
    }

    private Expr lambda() {
        Token t = take();
        Arguments args = parameters(true, ":");
        expectOp(":");
        Expr body = expression();
        return fin(new Expr.Lambda(t.line(), t.col(), args, body));
    }

    private Expr disjunction() {
        Expr first = conjunction();
        if (!atKw("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (atKw("or")) {
            p++;
            values.add(conjunction());
        }
        return fin(new Expr.BoolOp(sl(first), sc(first), Expr.BoolOpKind.OR, values));
    }

    private Expr conjunction() {
        Expr first = inversion();
        if (!atKw("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (atKw("and")) {
            p++;
            values.add(inversion());
        }
        return fin(new Expr.BoolOp(sl(first), sc(first), Expr.BoolOpKind.AND, values));
    }

    private Expr inversion() {
        if (atKw("not")) {
            Token t = take();
            Expr operand = inversion();
            return fin(new Expr.UnaryOp(t.line(), t.col(), Expr.UnaryOpKind.NOT, operand));
        }
        return comparison();
    }

    private Expr.CmpOp compareOp() {
        Token t = tok();
        if (t.kind() == TokenKind.OP) {
            Expr.CmpOp op = switch (t.text()) {
                case "==" -> Expr.CmpOp.EQ;
                case "!=" -> Expr.CmpOp.NOT_EQ;
                case "<" -> Expr.CmpOp.LT;
                case "<=" -> Expr.CmpOp.LT_E;
                case ">" -> Expr.CmpOp.GT;
                case ">=" -> Expr.CmpOp.GT_E;
                default -> null;
            };
            if (op != null) {
                p++;
            }
            return op;
        }
        if (t.isName("in")) {
            p++;
            return Expr.CmpOp.IN;
        }
        if (t.isName("not") && peek(1).isName("in")) {
            p += 2;
            return Expr.CmpOp.NOT_IN;
        }
        if (t.isName("is")) {
            p++;
            if (atKw("not")) {
                p++;
                return Expr.CmpOp.IS_NOT;
            }
            return Expr.CmpOp.IS;
        }
        return null;
    }

    private Expr comparison() {
        Expr left = bitwiseOr();
        Expr.CmpOp op = compareOp();
        if (op == null) {
            return left;
        }
        List<Expr.CmpOp> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (op != null) {
            ops.add(op);
            comparators.add(bitwiseOr());
            op = compareOp();
        }
        return fin(new Expr.Compare(sl(left), sc(left), left, ops, comparators));
    }

    private Expr binary(Expr left, Expr.BinOpKind op, Expr right) {
        return fin(new Expr.BinOp(sl(left), sc(left), left, op, right));
    }

    Expr bitwiseOr() {
        Expr e = bitwiseXor();
        while (atOp("|")) {
            p++;
            e = binary(e, Expr.BinOpKind.BITOR, bitwiseXor());
        }
        return e;
    }

    private Expr bitwiseXor() {
        Expr e = bitwiseAnd();
        while (atOp("^")) {
            p++;
            e = binary(e, Expr.BinOpKind.BITXOR, bitwiseAnd());
        }
        return e;
    }

    private Expr bitwiseAnd() {
        Expr e = shift();
        while (atOp("&")) {
            p++;
            e = binary(e, Expr.BinOpKind.BITAND, shift());
        }
        return e;
    }

    private Expr shift() {
        Expr e = sum();
        while (true) {
            if (atOp("<<")) {
                p++;
                e = binary(e, Expr.BinOpKind.LSHIFT, sum());
            } else if (atOp(">>")) {
                p++;
                e = binary(e, Expr.BinOpKind.RSHIFT, sum());
            } else {
                return e;
            }
        }
    }

    private Expr sum() {
        Expr e = term();
        while (true) {
            if (atOp("+")) {
                p++;
                e = binary(e, Expr.BinOpKind.ADD, term());
            } else if (atOp("-")) {
                p++;
                e = binary(e, Expr.BinOpKind.SUB, term());
            } else {
                return e;
            }
        }
    }

    private Expr term() {
        Expr e = factor();
        while (true) {
            Expr.BinOpKind op;
            if (atOp("*")) {
                op = Expr.BinOpKind.MUL;
            } else if (atOp("/")) {
                op = Expr.BinOpKind.DIV;
            } else if (atOp("//")) {
                op = Expr.BinOpKind.FLOORDIV;
            } else if (atOp("%")) {
                op = Expr.BinOpKind.MOD;
            } else if (atOp("@")) {
                op = Expr.BinOpKind.MATMUL;
            } else {
                return e;
            }
            p++;
            e = binary(e, op, factor());
        }
    }

    private Expr factor() {
        Token t = tok();
        Expr.UnaryOpKind op = null;
        if (t.isOp("-")) {
            op = Expr.UnaryOpKind.NEG;
        } else if (t.isOp("+")) {
            op = Expr.UnaryOpKind.POS;
        } else if (t.isOp("~")) {
            op = Expr.UnaryOpKind.INVERT;
        }
        if (op != null) {
            p++;
            Expr operand = factor();
            return fin(new Expr.UnaryOp(t.line(), t.col(), op, operand));
        }
        return power();
    }

    private Expr power() {
        Expr base = primary();
        if (atOp("**")) {
            p++;
            return binary(base, Expr.BinOpKind.POW, factor());
        }
        return base;
    }

    private Expr primary() {
        Expr e = atom();
        while (true) {
            if (atOp(".")) {
                p++;
                String attr = name();
                e = fin(new Expr.Attribute(sl(e), sc(e), e, attr, Ctx.LOAD));
            } else if (atOp("(")) {
                List<Expr> args = new ArrayList<>();
                List<Expr.Keyword> keywords = new ArrayList<>();
                callArguments(args, keywords);
                e = fin(new Expr.Call(sl(e), sc(e), e, args, keywords));
            } else if (atOp("[")) {
                p++;
                Expr slice = slices();
                expectClose("]");
                e = fin(new Expr.Subscript(sl(e), sc(e), e, slice, Ctx.LOAD));
            } else {
                return e;
            }
        }
    }

    /** Raises CPython's "Perhaps you forgot a comma?" when two expressions stand side by side in brackets. */
    private void expectClose(String close) {
        if (atOp(close)) {
            p++;
            return;
        }
        throw invalidSyntax();
    }

    private void checkMissingComma(Expr a) {
        if (!startsExpression(tok()) || atOp("*") || tok().kind() == TokenKind.STRING && a instanceof Expr.Name
                        || a instanceof Expr.Starred || a instanceof Expr.Lambda || a instanceof Expr.IfExp) {
            return;
        }
        int save = p;
        Expr b;
        try {
            b = expression();
        } catch (SyntaxErrorException ex) {
            p = save;
            return;
        }
        peek(2); // CPython's rule reads a little further, which can hit a tokenizer error first
        p = save;
        throw errorRange("invalid syntax. Perhaps you forgot a comma?", a, b);
    }

    /** The parenthesized argument list of a call or class header, with CPython's ordering errors. */
    private void callArguments(List<Expr> args, List<Expr.Keyword> keywords) {
        Token open = take();
        boolean seenKeyword = false;
        boolean seenDoubleStar = false;
        while (!atOp(")")) {
            Token t = tok();
            if (t.isOp("*")) {
                p++;
                Expr v = expression();
                Expr s = fin(new Expr.Starred(t.line(), t.col(), v, Ctx.LOAD));
                if (seenDoubleStar) {
                    throw error("iterable argument unpacking follows keyword argument unpacking", t.line(), t.col(),
                                    t.col() + 1);
                }
                args.add(s);
            } else if (t.isOp("**")) {
                p++;
                Expr v = expression();
                keywords.add(new Expr.Keyword(t.line(), t.col(), null, v));
                seenDoubleStar = true;
            } else if (isName(t) && peek(1).isOp("=")) {
                p += 2;
                Expr v = expression();
                if (atKw("for")) {
                    throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", t.line(), t.col(),
                                    t.endCol() + 1);
                }
                keywords.add(new Expr.Keyword(t.line(), t.col(), t.text(), v));
                seenKeyword = true;
            } else {
                Expr a;
                if (isName(t) && peek(1).isOp(":=")) {
                    a = namedExpression();
                } else {
                    a = expression();
                }
                if (atKw("for")) {
                    List<Expr.Comprehension> gens = comprehensionClauses();
                    Expr g = fin(new Expr.GeneratorExp(open.line(), open.col(), a, gens));
                    boolean alone = args.isEmpty() && keywords.isEmpty() && atOp(")");
                    if (!alone) {
                        throw errorRange("Generator expression must be parenthesized", a, g);
                    }
                    a = g;
                } else if (atOp("=")) {
                    int save = p;
                    p++;
                    Expr rhs = null;
                    try {
                        rhs = expression();
                    } catch (SyntaxErrorException ex) {
                        // fall through to the plain message
                    }
                    p = save;
                    if (rhs != null) {
                        Token eq = toks.get(save);
                        throw error("expression cannot contain assignment, perhaps you meant \"==\"?", a.line(), a.col(),
                                        eq.line() == a.line() ? eq.endCol() : -1);
                    }
                    throw invalidSyntax();
                } else if (atOp(":=")) {
                    throw error("cannot use assignment expressions with " + exprName(a), a);
                }
                if (seenDoubleStar || seenKeyword) {
                    throw error(seenDoubleStar ? "positional argument follows keyword argument unpacking"
                                    : "positional argument follows keyword argument", tok());
                }
                args.add(a);
                if (!atOp(",") && !atOp(")")) {
                    checkMissingComma(a);
                }
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        expectClose(")");
    }

    private Expr slices() {
        Expr first = sliceItem();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (atOp("]")) {
                break;
            }
            elts.add(sliceItem());
        }
        return fin(new Expr.TupleExpr(sl(first), sc(first), elts, Ctx.LOAD));
    }

    private Expr sliceItem() {
        Token start = tok();
        if (atOp("*")) {
            return starNamedExpression();
        }
        Expr lower = null;
        if (!atOp(":")) {
            Expr e = namedExpression();
            if (!atOp(":")) {
                if (!atOp(",") && !atOp("]")) {
                    checkMissingComma(e);
                }
                return e;
            }
            lower = e;
        }
        p++; // ':'
        Expr upper = atOp(":") || atOp(",") || atOp("]") ? null : expression();
        Expr step = null;
        if (acceptOp(":")) {
            step = atOp(",") || atOp("]") ? null : expression();
        }
        return fin(new Expr.Slice(start.line(), start.col(), lower, upper, step));
    }

    private Expr atom() {
        Token t = tok();
        switch (t.kind()) {
            case NAME -> {
                switch (t.text()) {
                    case "True", "False" -> {
                        p++;
                        return fin(new Expr.BoolLit(t.line(), t.col(), t.text().equals("True")));
                    }
                    case "None" -> {
                        p++;
                        return fin(new Expr.NoneLit(t.line(), t.col()));
                    }
                    default -> {
                        if (KEYWORDS.contains(t.text())) {
                            throw invalidSyntax();
                        }
                        p++;
                        return fin(new Expr.Name(t.line(), t.col(), t.text(), Ctx.LOAD));
                    }
                }
            }
            case INT -> {
                p++;
                return fin(new Expr.IntLit(t.line(), t.col(), (java.math.BigInteger) t.value()));
            }
            case FLOAT -> {
                p++;
                return fin(new Expr.FloatLit(t.line(), t.col(), (Double) t.value()));
            }
            case STRING -> {
                return strings();
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> {
                        return parenAtom();
                    }
                    case "[" -> {
                        return listAtom();
                    }
                    case "{" -> {
                        return braceAtom();
                    }
                    case "..." -> {
                        p++;
                        return fin(new Expr.EllipsisLit(t.line(), t.col()));
                    }
                    default -> throw invalidSyntax();
                }
            }
            default -> throw invalidSyntax();
        }
    }

    private Expr parenAtom() {
        Token open = take();
        if (atOp(")")) {
            p++;
            Expr e = fin(new Expr.TupleExpr(open.line(), open.col(), List.of(), Ctx.LOAD));
            parenthesized.add(e);
            return e;
        }
        if (atKw("yield")) {
            Expr y = yieldExpr();
            expectClose(")");
            parenthesized.add(y);
            parenStart.put(y, open);
            return y;
        }
        Expr first = starNamedExpression();
        if (atKw("for")) {
            List<Expr.Comprehension> gens = comprehensionClauses();
            expectClose(")");
            Expr g = fin(new Expr.GeneratorExp(open.line(), open.col(), first, gens));
            parenthesized.add(g);
            return g;
        }
        if (atOp(",")) {
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (acceptOp(",")) {
                if (atOp(")")) {
                    break;
                }
                elts.add(starNamedExpression());
            }
            if (!atOp(")")) {
                checkMissingComma(elts.get(elts.size() - 1));
            }
            expectClose(")");
            Expr tu = fin(new Expr.TupleExpr(open.line(), open.col(), elts, Ctx.LOAD));
            parenthesized.add(tu);
            return tu;
        }
        if (!atOp(")")) {
            checkMissingComma(first);
        }
        expectClose(")");
        if (first instanceof Expr.Starred) {
            throw error("cannot use starred expression here", first);
        }
        parenthesized.add(first);
        parenStart.put(first, open);
        return first;
    }

    private Expr listAtom() {
        Token open = take();
        List<Expr> elts = new ArrayList<>();
        while (!atOp("]")) {
            Expr e = starNamedExpression();
            if (atKw("for")) {
                if (!elts.isEmpty()) {
                    throw errorRange("did you forget parentheses around the comprehension target?", elts.get(0), e);
                }
                List<Expr.Comprehension> gens = comprehensionClauses();
                expectClose("]");
                return fin(new Expr.ListComp(open.line(), open.col(), e, gens));
            }
            elts.add(e);
            if (!acceptOp(",")) {
                checkMissingComma(e);
                break;
            }
        }
        expectClose("]");
        return fin(new Expr.ListExpr(open.line(), open.col(), elts, Ctx.LOAD));
    }

    private Expr braceAtom() {
        Token open = take();
        if (atOp("}")) {
            p++;
            return fin(new Expr.DictExpr(open.line(), open.col(), List.of(), List.of()));
        }
        if (atOp("**")) {
            return dictRest(open, new ArrayList<>(), new ArrayList<>());
        }
        Expr first = starNamedExpression();
        if (atOp(":") && !(first instanceof Expr.Starred)) {
            p++;
            Expr value = expression();
            if (atKw("for")) {
                List<Expr.Comprehension> gens = comprehensionClauses();
                expectClose("}");
                return fin(new Expr.DictComp(open.line(), open.col(), first, value, gens));
            }
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            keys.add(first);
            values.add(value);
            if (!atOp(",") && !atOp("}")) {
                checkMissingComma(value);
            }
            if (!acceptOp(",")) {
                expectClose("}");
                return fin(new Expr.DictExpr(open.line(), open.col(), keys, values));
            }
            return dictRest(open, keys, values);
        }
        if (atKw("for")) {
            List<Expr.Comprehension> gens = comprehensionClauses();
            expectClose("}");
            return fin(new Expr.SetComp(open.line(), open.col(), first, gens));
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (atOp("}")) {
                break;
            }
            elts.add(starNamedExpression());
        }
        if (!atOp("}")) {
            checkMissingComma(elts.get(elts.size() - 1));
        }
        expectClose("}");
        return fin(new Expr.SetExpr(open.line(), open.col(), elts));
    }

    private Expr dictRest(Token open, List<Expr> keys, List<Expr> values) {
        while (!atOp("}")) {
            if (acceptOp("**")) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                keys.add(expression());
                expectOp(":");
                Expr v = expression();
                values.add(v);
                if (!atOp(",") && !atOp("}")) {
                    checkMissingComma(v);
                }
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        expectClose("}");
        return fin(new Expr.DictExpr(open.line(), open.col(), keys, values));
    }

    private List<Expr.Comprehension> comprehensionClauses() {
        List<Expr.Comprehension> gens = new ArrayList<>();
        while (atKw("for")) {
            p++;
            Expr target = toTarget(targetList(), Ctx.STORE);
            expectKw("in");
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (atKw("if")) {
                p++;
                ifs.add(disjunction());
            }
            gens.add(new Expr.Comprehension(target, iter, ifs));
            if (atKw("async")) {
                throw invalidSyntax();
            }
        }
        return gens;
    }

    Expr yieldExpr() {
        Token t = take();
        if (atKw("from")) {
            p++;
            Expr v = expression();
            return fin(new Expr.YieldFrom(t.line(), t.col(), v));
        }
        Expr v = startsExpression(tok()) ? starExpressions() : null;
        return fin(new Expr.Yield(t.line(), t.col(), v));
    }

    /** Adjacent string literals, joined; any f-string among them makes the result a JoinedStr. */
    private Expr strings() {
        Token first = tok();
        List<Token> parts = new ArrayList<>();
        while (tok().kind() == TokenKind.STRING) {
            parts.add(take());
        }
        boolean anyF = false;
        for (Token t : parts) {
            Token.StringLit lit = (Token.StringLit) t.value();
            if (lit.bytes()) {
                throw error("bytes literals are not supported", t);
            }
            anyF |= lit.fstring();
        }
        if (!anyF) {
            StringBuilder sb = new StringBuilder();
            for (Token t : parts) {
                sb.append(decode(t));
            }
            return fin(new Expr.StrLit(first.line(), first.col(), sb.toString()));
        }
        FStringParser.Builder b = new FStringParser.Builder(first.line(), first.col());
        for (Token t : parts) {
            Token.StringLit lit = (Token.StringLit) t.value();
            if (lit.fstring()) {
                new FStringParser(this, t, b).parse();
            } else {
                b.literal(decode(t));
            }
        }
        return fin(b.build());
    }

    String decode(Token t) {
        Token.StringLit lit = (Token.StringLit) t.value();
        if (lit.raw()) {
            return lit.body();
        }
        return decodeEscapes(lit.body(), t);
    }

    String decodeEscapes(String s, Token t) {
        try {
            return StringDecoder.decode(s);
        } catch (StringDecoder.DecodeError e) {
            throw error(e.getMessage(), t.line(), t.col(), -1);
        }
    }

    /** Parses the expression of an f-string replacement field (CPython parses it as if parenthesized). */
    static Expr parseFStringExpression(Parser outer, String text, int line, int col) {
        Tokenizer sub = new Tokenizer(text, outer.fileName, outer.tz.fileLines(), line, col, true);
        Parser ps = new Parser(sub, outer.fileName);
        Expr e = ps.atKw("yield") ? ps.yieldExpr() : ps.starExpressions();
        if (ps.tok().kind() != TokenKind.ENDMARKER) {
            throw ps.invalidSyntax();
        }
        return e;
    }
}
