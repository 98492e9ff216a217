package cellpy.translate;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import cellpy.CellpyLanguage;
import cellpy.nodes.AssignTargetNode;
import cellpy.nodes.ExprNode;
import cellpy.nodes.StmtNode;
import cellpy.nodes.call.CallNode;
import cellpy.nodes.call.MethodCallNode;
import cellpy.nodes.cell.CellTargetNode;
import cellpy.nodes.cell.WriteCellNode;
import cellpy.nodes.cell.DeleteCellNode;
import cellpy.nodes.cell.LoadClosureNode;
import cellpy.nodes.cell.ReadCellNode;
import cellpy.nodes.classes.ClassBodyRootNode;
import cellpy.nodes.classes.ClassNameTargetNode;
import cellpy.nodes.classes.DeleteClassNameNode;
import cellpy.nodes.classes.MakeClassNode;
import cellpy.nodes.classes.ReadClassDerefNode;
import cellpy.nodes.classes.ReadClassNameNode;
import cellpy.nodes.classes.ZeroArgSuperNode;
import cellpy.nodes.control.BlockNode;
import cellpy.nodes.control.BreakNode;
import cellpy.nodes.control.ContinueNode;
import cellpy.nodes.control.ExceptHandlerNode;
import cellpy.nodes.control.ForNode;
import cellpy.nodes.control.IfNode;
import cellpy.nodes.control.RaiseNode;
import cellpy.nodes.control.ReturnNode;
import cellpy.nodes.control.TryExceptNode;
import cellpy.nodes.control.TryFinallyNode;
import cellpy.nodes.control.WhileNode;
import cellpy.nodes.expression.*;
import cellpy.nodes.generator.GenBlockNode;
import cellpy.nodes.generator.GenForNode;
import cellpy.nodes.generator.GenIfNode;
import cellpy.nodes.generator.GenState;
import cellpy.nodes.generator.GenTryNode;
import cellpy.nodes.generator.GenWhileNode;
import cellpy.nodes.generator.GenWithNode;
import cellpy.nodes.generator.SpillNode;
import cellpy.nodes.generator.GeneratorBodyRootNode;
import cellpy.nodes.generator.GeneratorExpNode;
import cellpy.nodes.generator.GenexpForBodyNode;
import cellpy.nodes.generator.GenexpSinkNode;
import cellpy.nodes.generator.InlinedGenexpCallNode;
import cellpy.nodes.generator.InlinedGenexpForNode;
import cellpy.nodes.generator.InlinedGenexpNode;
import cellpy.nodes.generator.NestedGenexpNode;
import cellpy.nodes.generator.ResumableStmtNode;
import cellpy.nodes.generator.YieldFromNode;
import cellpy.nodes.generator.YieldNode;
import cellpy.nodes.global.DeleteGlobalNode;
import cellpy.nodes.global.GlobalTargetNode;
import cellpy.nodes.global.ReadGlobalNode;
import cellpy.nodes.literal.BooleanLiteralNode;
import cellpy.nodes.literal.ConstantNode;
import cellpy.nodes.literal.DoubleLiteralNode;
import cellpy.nodes.literal.LongLiteralNode;
import cellpy.nodes.local.DeleteLocalNode;
import cellpy.nodes.local.LocalTargetNode;
import cellpy.nodes.local.ReadLocalNodeGen;
import cellpy.nodes.local.WriteLocalNode;
import cellpy.nodes.root.FunctionRootNode;
import cellpy.nodes.root.ModuleRootNode;
import cellpy.nodes.statement.*;
import cellpy.parser.Arguments;
import cellpy.parser.Expr;
import cellpy.parser.Module;
import cellpy.parser.Stmt;
import cellpy.runtime.PCode;
import cellpy.runtime.PEllipsis;
import cellpy.runtime.PNone;
import cellpy.scope.Access;
import cellpy.scope.Scope;
import cellpy.scope.SymbolKind;
import cellpy.scope.SymbolTable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates a parsed, analysed module into Truffle nodes. Every name access follows the symbol
 * table's decision ({@link Scope#access}): FAST to frame slots, DEREF through cells, GLOBAL and
 * NAME to the namespace (a class body's dict, else the module's). Nested defs, lambdas and
 * comprehensions become {@link PCode}s with their own {@link FunctionRootNode}, class bodies a
 * {@link ClassBodyRootNode}, all translated eagerly.
 */
public final class Translator {
    private final CellpyLanguage language;
    private final Source source;
    private final Module module;
    private final SymbolTable table;
    private FunctionContext fc;

    /** Whether small straight-line functions are marked trivial (see {@link TrivialBody}). */
    private final boolean markTrivial;
    /** Whether call sites may inline trivial functions (see cellpy.nodes.call.InlinedCallNode). */
    private final boolean inlineTrivial;
    /**
     * Whether comprehensions, and generator expressions consumed where they are made, run in the
     * enclosing frame (see InlinedGenexpNode).
     */
    private final boolean inlineComprehensions;

    public Translator(CellpyLanguage language, Source source, Module module, SymbolTable table, boolean markTrivial,
                    boolean inlineTrivial, boolean inlineComprehensions) {
        this.markTrivial = markTrivial;
        this.inlineTrivial = inlineTrivial;
        this.inlineComprehensions = inlineComprehensions;
        this.language = language;
        this.source = source;
        this.module = module;
        this.table = table;
    }

    public ModuleRootNode translateModule() {
        fc = new FunctionContext(table.module());
        int lastValue = fc.tempSlot(FrameSlotKind.Object);
        List<StmtNode> body = new ArrayList<>();
        for (Stmt s : module.body()) {
            if (s instanceof Stmt.ExprStmt e) {
                body.add(new StoreLastValueNode(expr(e.value()), lastValue).setLine(s.line()));
            } else {
                body.add(stmt(s));
            }
        }
        BlockNode block = new BlockNode(body.toArray(new StmtNode[0]));
        return new ModuleRootNode(language, fc.build(), module.fileName(), block, lastValue);
    }

    // ---------------------------------------------------------------- statements

    private StmtNode block(List<Stmt> stmts) {
        StmtNode[] nodes = new StmtNode[stmts.size()];
        int[] ends = new int[nodes.length + 1];
        ends[0] = fc.yieldCount;
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = stmt(stmts.get(i));
            ends[i + 1] = fc.yieldCount;
        }
        if (fc.isGenerator() && ends[nodes.length] > ends[0]) {
            StmtNode g = new GenBlockNode(nodes, fc.resumeSlot, ends);
            return stmts.isEmpty() ? g : g.setLine(stmts.get(0).line());
        }
        BlockNode b = new BlockNode(nodes);
        if (!stmts.isEmpty()) {
            b.setLine(stmts.get(0).line());
        }
        return b;
    }

    private StmtNode optBlock(List<Stmt> stmts) {
        return stmts.isEmpty() ? null : block(stmts);
    }

    private StmtNode stmt(Stmt s) {
        if (fc.isGenerator() && YieldFinder.contains(s)) {
            return resumable(s).setLine(s.line());
        }
        return stmtNoLine(s).setLine(s.line());
    }

    /** A statement with a yield inside, in a generator: the resumable variant. */
    private StmtNode resumable(Stmt s) {
        int start = fc.yieldCount;
        switch (s) {
            case Stmt.If i -> {
                ExprNode test = expr(i.test());
                int testEnd = fc.yieldCount;
                StmtNode then = block(i.body());
                int thenEnd = fc.yieldCount;
                return new GenIfNode(test, then, optBlock(i.orelse()), fc.resumeSlot, start, testEnd, thenEnd);
            }
            case Stmt.While w -> {
                ExprNode test = expr(w.test());
                int testEnd = fc.yieldCount;
                fc.loopDepth++;
                StmtNode body;
                try {
                    body = block(w.body());
                } finally {
                    fc.loopDepth--;
                }
                int bodyEnd = fc.yieldCount;
                return new GenWhileNode(test, body, optBlock(w.orelse()), fc.resumeSlot, start, testEnd, bodyEnd);
            }
            case Stmt.For f -> {
                ExprNode iter = iterExpr(f.iter());
                int iterEnd = fc.yieldCount;
                AssignTargetNode target = target(f.target());
                int src = fc.tempSlot(FrameSlotKind.Object);
                int idx = fc.tempSlot(FrameSlotKind.Long);
                fc.loopDepth++;
                StmtNode body;
                try {
                    body = block(f.body());
                } finally {
                    fc.loopDepth--;
                }
                int bodyEnd = fc.yieldCount;
                return new GenForNode(target, iter, body, optBlock(f.orelse()), src, idx, fc.resumeSlot, start,
                                iterEnd, bodyEnd);
            }
            case Stmt.With w -> {
                return genWith(w, 0);
            }
            case Stmt.Try t -> {
                int[] ends = new int[t.handlers().size() + 4];
                ends[0] = start;
                StmtNode body = block(t.body());
                ends[1] = fc.yieldCount;
                ExceptHandlerNode[] handlers = handlers(t.handlers(), ends);
                StmtNode orelse = optBlock(t.orelse());
                ends[ends.length - 2] = fc.yieldCount;
                StmtNode finalbody = optBlock(t.finalbody());
                ends[ends.length - 1] = fc.yieldCount;
                return new GenTryNode(body, handlers, orelse, finalbody, fc.resumeSlot, fc.tempSlot(FrameSlotKind.Static), ends);
            }
            default -> {
                StmtNode inner = stmtNoLine(s).setLine(s.line());
                return new ResumableStmtNode(inner, fc.yieldCount - start);
            }
        }
    }

    private StmtNode stmtNoLine(Stmt s) {
        return switch (s) {
            case Stmt.ExprStmt e -> new ExprStmtNode(expr(e.value()));
            case Stmt.Assign a -> assign(a);
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> a.value() == null ? new BlockNode(new StmtNode[0])
                            : new AssignNode(new AssignTargetNode[]{target(a.target())}, expr(a.value()));
            case Stmt.Pass p -> new BlockNode(new StmtNode[0]);
            case Stmt.Return r -> new ReturnNode(r.value() == null ? null : expr(r.value()));
            case Stmt.If i -> new IfNode(expr(i.test()), block(i.body()), optBlock(i.orelse()));
            case Stmt.While w -> loop(() -> new WhileNode(expr(w.test()), block(w.body()), optBlock(w.orelse()),
                            iterationSlots(w)));
            case Stmt.For f -> forStmt(f);
            case Stmt.Break b -> new BreakNode();
            case Stmt.Continue c -> new ContinueNode();
            case Stmt.FunctionDef f -> functionDef(f);
            case Stmt.ClassDef c -> classDef(c);
            case Stmt.Delete d -> delete(d.targets());
            case Stmt.Global g -> new BlockNode(new StmtNode[0]);
            case Stmt.Nonlocal n -> new BlockNode(new StmtNode[0]);
            case Stmt.Raise r -> new RaiseNode(r.exc() == null ? null : expr(r.exc()), r.cause() == null ? null : expr(r.cause()));
            case Stmt.Try t -> tryStmt(t);
            case Stmt.Assert a -> new AssertNode(expr(a.test()), a.msg() == null ? null : expr(a.msg()));
            case Stmt.With w -> with(w, 0);
            case Stmt.Import i -> importStmt(i);
            case Stmt.ImportFrom i -> importFrom(i);
        };
    }

    private StmtNode unsupported(String message) {
        return new ExprStmtNode(new UnsupportedNode(message));
    }

    private interface NodeMaker {
        StmtNode make();
    }

    private StmtNode loop(NodeMaker maker) {
        fc.loopDepth++;
        try {
            return maker.make();
        } finally {
            fc.loopDepth--;
        }
    }

    private StmtNode forStmt(Stmt.For f) {
        if (f.iter() instanceof Expr.GeneratorExp g && canInline()) {
            return inlinedGenexpFor(f, g);
        }
        ExprNode iter = iterExpr(f.iter());
        AssignTargetNode target = target(f.target());
        int src = fc.tempSlot(FrameSlotKind.Object);
        int idx = fc.tempSlot(FrameSlotKind.Long);
        return loop(() -> new ForNode(target, iter, block(f.body()), optBlock(f.orelse()), src, idx, iterationSlots(f)));
    }

    /** The slots a loop clears at the end of each iteration (see {@link IterationLocals}). */
    private int[] iterationSlots(Stmt loop) {
        if (fc.body == null || !fc.scope.isFunctionLike()) {
            return new int[0];
        }
        return IterationLocals.of(loop, fc.functionReads()).stream()
                        .filter(name -> access(name) == Access.FAST)
                        .mapToInt(fc::localSlot).toArray();
    }

    private StmtNode assign(Stmt.Assign a) {
        if (a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n) {
            return writeName(n, expr(a.value()));
        }
        AssignTargetNode[] targets = new AssignTargetNode[a.targets().size()];
        ExprNode value = expr(a.value());
        for (int i = 0; i < targets.length; i++) {
            targets[i] = target(a.targets().get(i));
        }
        return new AssignNode(targets, value);
    }

    /** {@code name = value}: a local's and a cell's stores take ints unboxed. */
    private StmtNode writeName(Expr.Name n, ExprNode value) {
        String id = mangle(n.id());
        return switch (access(id)) {
            case FAST -> new WriteLocalNode(fc.localSlot(id), value);
            case DEREF, CLASSDEREF -> new WriteCellNode(fc.derefSlot(id), value);
            default -> new AssignNode(new AssignTargetNode[]{target(n)}, value);
        };
    }

    private StmtNode augAssign(Stmt.AugAssign a) {
        String opName = a.op().name();
        // the target's parts (and a name's value) are evaluated before the value: with a yield in
        // the value they are spilled, as an expression's operands are (see expr)
        boolean spill = fc.isGenerator() && YieldFinder.contains(a.value());
        return switch (a.target()) {
            case Expr.Name n -> {
                ExprNode op = new InplaceOpNode(spillIf(spill, load(n.id())), expr(a.value()), binary(a.op(), null, null), opName);
                yield writeName(n, op);
            }
            case Expr.Attribute at -> {
                AugAssignAttrNode n = new AugAssignAttrNode(spillIf(spill, expr(at.value())), mangle(at.attr()),
                                expr(a.value()), binary(a.op(), null, null), opName);
                yield spill ? n.keepingCurrentIn(fc.resumeSlot, fc.tempSlot(FrameSlotKind.Static)) : n;
            }
            case Expr.Subscript sub -> {
                AugAssignItemNode n = new AugAssignItemNode(spillIf(spill, expr(sub.value())),
                                spillIf(spill, expr(sub.slice())), expr(a.value()), binary(a.op(), null, null), opName);
                yield spill ? n.keepingCurrentIn(fc.resumeSlot, fc.tempSlot(FrameSlotKind.Static)) : n;
            }
            default -> throw new IllegalStateException("bad augmented assignment target");
        };
    }

    private StmtNode delete(List<Expr> targets) {
        List<StmtNode> out = new ArrayList<>();
        for (Expr t : targets) {
            switch (t) {
                case Expr.Name n -> out.add(deleteName(n.id()));
                case Expr.Attribute a -> out.add(new DeleteAttrNode(expr(a.value()), mangle(a.attr())));
                case Expr.Subscript s -> out.add(new DeleteItemNode(expr(s.value()), expr(s.slice())));
                case Expr.TupleExpr tu -> out.add(delete(tu.elts()));
                case Expr.ListExpr l -> out.add(delete(l.elts()));
                default -> throw new IllegalStateException("bad del target");
            }
        }
        return out.size() == 1 ? out.get(0) : new BlockNode(out.toArray(new StmtNode[0]));
    }

    private StmtNode deleteName(String raw) {
        String id = mangle(raw);
        return switch (access(id)) {
            case FAST -> new DeleteLocalNode(fc.localSlot(id), id);
            case DEREF, CLASSDEREF -> new DeleteCellNode(fc.derefSlot(id), id, fc.isFree(id));
            case NAME -> fc.isClassBody() ? new DeleteClassNameNode(id) : new DeleteGlobalNode(id);
            case GLOBAL -> new DeleteGlobalNode(id);
        };
    }

    private StmtNode tryStmt(Stmt.Try t) {
        StmtNode node = block(t.body());
        if (!t.handlers().isEmpty()) {
            node = new TryExceptNode(node, handlers(t.handlers()), optBlock(t.orelse())).setLine(t.line());
        }
        if (!t.finalbody().isEmpty()) {
            node = new TryFinallyNode(node, block(t.finalbody()));
        }
        return node;
    }

    /** A {@code with} holding a yield, in a generator: one resumable node per item, nested. */
    private StmtNode genWith(Stmt.With w, int item) {
        Stmt.WithItem it = w.items().get(item);
        ExprNode manager = expr(it.contextExpr());
        int managerEnd = fc.yieldCount;
        AssignTargetNode target = it.optionalVars() == null ? null : target(it.optionalVars());
        StmtNode body = item == w.items().size() - 1 ? block(w.body()) : genWith(w, item + 1).setLine(w.line());
        return new GenWithNode(manager, target, body, fc.resumeSlot, fc.tempSlot(FrameSlotKind.Static), managerEnd);
    }

    private ExceptHandlerNode[] handlers(List<Stmt.ExceptHandler> list) {
        return handlers(list, null);
    }

    /** The handlers; with {@code ends}, entry i + 2 records the last yield number in handler i (see GenTryNode). */
    private ExceptHandlerNode[] handlers(List<Stmt.ExceptHandler> list, int[] ends) {
        ExceptHandlerNode[] handlers = new ExceptHandlerNode[list.size()];
        for (int i = 0; i < handlers.length; i++) {
            Stmt.ExceptHandler h = list.get(i);
            ExprNode type = h.type() == null ? null : expr(h.type());
            AssignTargetNode name = null;
            StmtNode unbind = null;
            if (h.name() != null) {
                name = nameTarget(h.name());
                unbind = new BlockNode(new StmtNode[]{
                                new AssignNode(new AssignTargetNode[]{nameTarget(h.name())}, new ConstantNode(PNone.NONE)),
                                deleteName(h.name())});
            }
            handlers[i] = new ExceptHandlerNode(type, name, unbind, block(h.body()));
            if (ends != null) {
                ends[i + 2] = fc.yieldCount;
            }
        }
        return handlers;
    }

    private StmtNode with(Stmt.With w, int item) {
        Stmt.WithItem it = w.items().get(item);
        StmtNode body = item == w.items().size() - 1 ? block(w.body()) : with(w, item + 1).setLine(w.line());
        return new WithNode(expr(it.contextExpr()), it.optionalVars() == null ? null : target(it.optionalVars()), body);
    }

    private StmtNode importStmt(Stmt.Import i) {
        List<StmtNode> out = new ArrayList<>();
        for (Stmt.Alias a : i.names()) {
            String bound = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
            out.add(new ImportNode(a.name(), null, nameTarget(bound)).setLine(i.line()));
        }
        return out.size() == 1 ? out.get(0) : new BlockNode(out.toArray(new StmtNode[0]));
    }

    private StmtNode importFrom(Stmt.ImportFrom i) {
        List<StmtNode> out = new ArrayList<>();
        for (Stmt.Alias a : i.names()) {
            if (a.name().equals("*")) {
                out.add(unsupported("'from " + i.module() + " import *' is not supported"));
                continue;
            }
            String bound = a.asname() != null ? a.asname() : a.name();
            out.add(new ImportNode(i.module(), a.name(), nameTarget(bound)).setLine(i.line()));
        }
        return out.size() == 1 ? out.get(0) : new BlockNode(out.toArray(new StmtNode[0]));
    }

    private StmtNode functionDef(Stmt.FunctionDef f) {
        Scope child = table.scopeOf(f);
        ExprNode[] decorators = exprs(f.decorators());
        ExprNode make = makeFunction(child, f.args(), f.body(), null, f.line());
        ExprNode value = decorators.length == 0 ? make : new DecorateNode(decorators, make);
        return new AssignNode(new AssignTargetNode[]{nameTarget(f.name())}, value);
    }

    // ---------------------------------------------------------------- classes

    /**
     * {@code class C(bases): body}: decorators, then bases and keywords, then the body as its own
     * code over a fresh namespace ({@link ClassBodyRootNode}), the type built from it, decorated
     * and bound to the name.
     */
    private StmtNode classDef(Stmt.ClassDef c) {
        Scope child = table.scopeOf(c);
        ExprNode[] decorators = exprs(c.decorators());
        SequenceElements bases = elements(c.bases());
        List<String> kwNames = new ArrayList<>();
        List<ExprNode> kwValues = new ArrayList<>();
        for (Expr.Keyword k : c.keywords()) {
            if (k.arg() == null) {
                return unsupported("'**' in a class's keywords is not supported");
            }
            kwNames.add(k.arg());
            kwValues.add(expr(k.value()));
        }
        CallTarget body = translateClassBody(child, c);
        ExprNode make = new MakeClassNode(c.name(), child.qualname(), bases, kwNames.toArray(new String[0]),
                        kwValues.toArray(new ExprNode[0]), closureOf(child), body);
        ExprNode value = decorators.length == 0 ? make : new DecorateNode(decorators, make);
        return new AssignNode(new AssignTargetNode[]{nameTarget(c.name())}, value);
    }

    /** The class body as its own root; a leading string literal becomes {@code __doc__}. */
    private CallTarget translateClassBody(Scope scope, Stmt.ClassDef c) {
        FunctionContext saved = fc;
        fc = new FunctionContext(scope);
        try {
            List<StmtNode> nodes = new ArrayList<>();
            List<Stmt> stmts = c.body();
            int start = 0;
            if (!stmts.isEmpty() && stmts.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.StrLit doc) {
                nodes.add(new AssignNode(new AssignTargetNode[]{nameTarget("__doc__")}, new ConstantNode(doc.value()))
                                .setLine(e.line()));
                start = 1;
            }
            for (int i = start; i < stmts.size(); i++) {
                nodes.add(stmt(stmts.get(i)));
            }
            BlockNode body = new BlockNode(nodes.toArray(new StmtNode[0]));
            if (!stmts.isEmpty()) {
                body.setLine(stmts.get(0).line());
            }
            int[] freeSlots = new int[scope.freevars().size()];
            for (int i = 0; i < freeSlots.length; i++) {
                freeSlots[i] = fc.derefSlot(scope.freevars().get(i));
            }
            int classCell = scope.needsClassClosure() ? fc.derefSlot("__class__") : -1;
            SourceSection section = source.hasCharacters() && scope.firstLine() >= 1
                            && scope.firstLine() <= source.getLineCount() ? source.createSection(scope.firstLine()) : null;
            ClassBodyRootNode root = new ClassBodyRootNode(language, fc.build(), body, freeSlots, classCell,
                            module.fileName(), scope.firstLine(), scope.name(), section);
            return root.getCallTarget();
        } finally {
            fc = saved;
        }
    }

    /**
     * {@code super()} in a function: reads the {@code __class__} cell and the first parameter
     * straight from the frame ({@link ZeroArgSuperNode}), as CPython's super does from the frame.
     */
    private ExprNode zeroArgSuper() {
        Scope s = fc.scope;
        ExprNode first = null;
        if (s.argcount() > 0) {
            String p = s.varnames().get(0);
            first = s.cellvars().contains(p) ? new ReadCellNode(fc.derefSlot(p), p, false)
                            : ReadLocalNodeGen.create(fc.localSlot(p), p);
        }
        int classCell = s.freevars().contains("__class__") ? fc.derefSlot("__class__") : -1;
        return new ZeroArgSuperNode(load("super"), first, classCell);
    }

    // ---------------------------------------------------------------- functions

    /**
     * Translates a def/lambda/comprehension body into its own code object and returns the node that
     * makes the function object in the current frame.
     */
    private MakeFunctionNode makeFunction(Scope child, Arguments args, List<Stmt> body, Expr lambdaBody, int line) {
        ExprNode[] defaults = args == null ? new ExprNode[0] : exprs(args.defaults());
        List<String> kwNames = new ArrayList<>();
        List<ExprNode> kwValues = new ArrayList<>();
        if (args != null) {
            for (int i = 0; i < args.kwonlyargs().size(); i++) {
                Expr d = args.kwDefaults().get(i);
                if (d != null) {
                    kwNames.add(args.kwonlyargs().get(i).name());
                    kwValues.add(expr(d));
                }
            }
        }
        PCode code = translateCode(child, body, lambdaBody, null);
        LoadClosureNode[] closure = closureOf(child);
        return new MakeFunctionNode(code, defaults, kwNames.toArray(new String[0]), kwValues.toArray(new ExprNode[0]),
                        closure);
    }

    private LoadClosureNode[] closureOf(Scope child) {
        List<String> free = child.freevars();
        LoadClosureNode[] closure = new LoadClosureNode[free.size()];
        for (int i = 0; i < closure.length; i++) {
            closure[i] = new LoadClosureNode(fc.derefSlot(free.get(i)));
        }
        return closure;
    }

    /** Builds the PCode and root node of a nested scope; {@code compBody} is set for comprehensions. */
    private PCode translateCode(Scope scope, List<Stmt> body, Expr lambdaBody, Expr compExpr) {
        FunctionContext saved = fc;
        fc = new FunctionContext(scope);
        fc.body = lambdaBody != null ? lambdaBody : body;
        try {
            PCode code = new PCode(scope.name(), scope.qualname(), module.fileName(), scope.firstLine(),
                            scope.varnames().toArray(new String[0]), scope.cellvars().toArray(new String[0]),
                            scope.freevars().toArray(new String[0]), scope.argcount(), scope.posonlyargcount(),
                            scope.kwonlyargcount(), scope.hasVarargs(), scope.hasVarkw(), scope.isGenerator());
            code.setDisassembly(() -> cellpy.scope.DisListing.dis(scope));
            if (scope.hasVarkw() && !scope.isGenerator()) {
                String kwargs = scope.varnames().get(code.paramCount() - 1);
                code.kwargsForwarded = scope.kindOf(kwargs) == SymbolKind.LOCAL
                                && KwargsForwarding.onlyForwarded(fc.body, kwargs);
            }
            if (scope.isGenerator()) {
                fc.generatorSlot = fc.tempSlot(FrameSlotKind.Static);
                fc.resumeSlot = fc.tempSlot(GenState.KIND);
            }
            StmtNode bodyNode;
            // A return at the end of the body is the root's result expression rather than a
            // ReturnException: throwing costs little in compiled code but much in the interpreter.
            ExprNode result = null;
            int resultLine = scope.firstLine();
            if (compExpr instanceof Expr.GeneratorExp g) {
                bodyNode = generatorExpBody(g);
            } else if (compExpr != null) {
                int resultSlot = fc.tempSlot(FrameSlotKind.Object);
                bodyNode = comprehensionBody(compExpr, resultSlot);
                result = new ReadTempNode(resultSlot);
            } else if (lambdaBody != null && scope.isGenerator()) {
                // lambda: (yield x): the return is resumable like any statement holding a yield
                StmtNode ret = new ReturnNode(expr(lambdaBody)).setLine(lambdaBody.line());
                bodyNode = new BlockNode(new StmtNode[]{new ResumableStmtNode(ret, fc.yieldCount)
                                .setLine(lambdaBody.line())});
            } else if (lambdaBody != null) {
                bodyNode = new BlockNode(new StmtNode[0]);
                result = expr(lambdaBody);
                resultLine = lambdaBody.line();
            } else if (!scope.isGenerator() && !body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.Return r) {
                bodyNode = block(body.subList(0, body.size() - 1));
                result = r.value() == null ? new ConstantNode(PNone.NONE) : expr(r.value());
                resultLine = r.line();
            } else {
                bodyNode = block(body);
            }
            List<String> params = scope.parameters();
            int[] localSlots = new int[params.size()];
            int[] cellSlots = new int[params.size()];
            List<Integer> otherCells = new ArrayList<>();
            for (int i = 0; i < params.size(); i++) {
                String p = params.get(i);
                if (scope.cellvars().contains(p)) {
                    cellSlots[i] = fc.derefSlot(p);
                    localSlots[i] = -1;
                } else {
                    cellSlots[i] = -1;
                    localSlots[i] = fc.localSlot(p);
                }
            }
            for (String c : scope.cellvars()) {
                if (!params.contains(c)) {
                    otherCells.add(fc.derefSlot(c));
                }
            }
            int[] freeSlots = new int[scope.freevars().size()];
            for (int i = 0; i < freeSlots.length; i++) {
                freeSlots[i] = fc.derefSlot(scope.freevars().get(i));
            }
            SourceSection section = source.hasCharacters() && scope.firstLine() >= 1
                            && scope.firstLine() <= source.getLineCount() ? source.createSection(scope.firstLine()) : null;
            int[] cells = otherCells.stream().mapToInt(Integer::intValue).toArray();
            if (scope.isGenerator()) {
                FunctionRootNode root = new FunctionRootNode(language, fc.build(), code, new BlockNode(new StmtNode[0]),
                                localSlots, cellSlots, cells, freeSlots, section, fc.generatorSlot);
                root.setResumeTarget(new GeneratorBodyRootNode(language, code, bodyNode).getCallTarget());
                code.setCallTarget(root.getCallTarget());
            } else {
                FunctionRootNode root = new FunctionRootNode(language, fc.build(), code, bodyNode, localSlots, cellSlots,
                                cells, freeSlots, section, -1);
                root.setResult(result, resultLine);
                root.setTrivial(markTrivial && compExpr == null && TrivialBody.isTrivial(lambdaBody != null ? lambdaBody : body));
                if (root.isTrivial() && inlineTrivial) {
                    root.markInlinable();
                }
                code.setCallTarget(root.getCallTarget());
            }
            return code;
        } finally {
            fc = saved;
        }
    }

    private StmtNode comprehensionBody(Expr comp, int result) {
        StmtNode inner = comprehensionAdd(comp, result).setLine(comp.line());
        ExprNode source = ReadLocalNodeGen.create(fc.localSlot(".0"), ".0");
        return new BlockNode(new StmtNode[]{
                        new ComprehensionInitNode(comprehensionKind(comp), result).setLine(comp.line()),
                        clauseLoops(comp, comprehensionClauses(comp), inner, source, new int[0], null)});
    }

    /** The kind of result a list, set or dict comprehension builds (ComprehensionAddNode's constants). */
    private static int comprehensionKind(Expr comp) {
        return switch (comp) {
            case Expr.ListComp l -> ComprehensionAddNode.LIST;
            case Expr.SetComp st -> ComprehensionAddNode.SET;
            case Expr.DictComp d -> ComprehensionAddNode.DICT;
            default -> throw new IllegalStateException();
        };
    }

    private static List<Expr.Comprehension> comprehensionClauses(Expr comp) {
        return switch (comp) {
            case Expr.ListComp l -> l.generators();
            case Expr.SetComp st -> st.generators();
            case Expr.DictComp d -> d.generators();
            default -> throw new IllegalStateException();
        };
    }

    /** What a comprehension does with each element: adds it (a dict's key and value) to its result. */
    private StmtNode comprehensionAdd(Expr comp, int result) {
        int kind = comprehensionKind(comp);
        return switch (comp) {
            case Expr.ListComp l -> new ComprehensionAddNode(kind, result, expr(l.elt()), null);
            case Expr.SetComp st -> new ComprehensionAddNode(kind, result, expr(st.elt()), null);
            case Expr.DictComp d -> new ComprehensionAddNode(kind, result, expr(d.key()), expr(d.value()));
            default -> throw new IllegalStateException();
        };
    }

    /**
     * {@code inner} inside the loops and conditions of the clauses {@code gens} of {@code comp},
     * the outermost loop walking {@code source} (the leftmost iterable's iterator, taken already);
     * the innermost loop clears {@code innermostIterationSlots} after each pass. Where
     * {@code overGenexp} is given and the leftmost iterable is a generator expression, it makes
     * the outermost loop from that loop's target and body instead.
     */
    private StmtNode clauseLoops(Expr comp, List<Expr.Comprehension> gens, StmtNode inner, ExprNode source,
                    int[] innermostIterationSlots, java.util.function.BiFunction<AssignTargetNode, StmtNode, StmtNode> overGenexp) {
        for (int i = gens.size() - 1; i >= 0; i--) {
            Expr.Comprehension c = gens.get(i);
            for (int k = c.ifs().size() - 1; k >= 0; k--) {
                inner = new IfNode(expr(c.ifs().get(k)), inner, null).setLine(comp.line());
            }
            if (i == 0 && overGenexp != null && c.iter() instanceof Expr.GeneratorExp) {
                return overGenexp.apply(target(c.target()), inner).setLine(comp.line());
            }
            ExprNode iter = i == 0 ? source : iterExpr(c.iter());
            int src = fc.tempSlot(FrameSlotKind.Object);
            int idx = fc.tempSlot(FrameSlotKind.Long);
            ForNode loop = new ForNode(target(c.target()), iter, new BlockNode(new StmtNode[]{inner}), null, src, idx,
                            i == gens.size() - 1 ? innermostIterationSlots : new int[0]);
            inner = (i == 0 ? loop.iterableIsSource() : loop).setLine(comp.line());
        }
        return inner;
    }

    /** The body of a generator expression: nested resumable loops around {@code yield elt}. */
    private StmtNode generatorExpBody(Expr.GeneratorExp g) {
        ExprNode yield = yieldNode(expr(g.elt()), 0, g.line());
        StmtNode inner = new ResumableStmtNode(new ExprStmtNode(yield).setLine(g.line()), fc.yieldCount)
                        .setLine(g.line());
        List<Expr.Comprehension> gens = g.generators();
        for (int i = gens.size() - 1; i >= 0; i--) {
            Expr.Comprehension c = gens.get(i);
            for (int k = c.ifs().size() - 1; k >= 0; k--) {
                inner = new GenIfNode(expr(c.ifs().get(k)), inner, null, fc.resumeSlot, 0, 0, fc.yieldCount)
                                .setLine(g.line());
            }
            ExprNode iter = i == 0 ? ReadLocalNodeGen.create(fc.localSlot(".0"), ".0") : iterExpr(c.iter());
            int src = fc.tempSlot(FrameSlotKind.Object);
            int idx = fc.tempSlot(FrameSlotKind.Long);
            GenForNode loop = new GenForNode(target(c.target()), iter, inner, null, src, idx, fc.resumeSlot, 0, 0, fc.yieldCount);
            inner = (i == 0 ? loop.iterableIsSource() : loop).setLine(g.line());
        }
        return inner;
    }

    /** A yield numbered next; {@code valueAfter}: the yield count before its value was translated. */
    private ExprNode yieldNode(ExprNode value, int valueAfter, int line) {
        int id = ++fc.yieldCount;
        return new YieldNode(value, id, valueAfter, fc.resumeSlot, fc.tempSlot(FrameSlotKind.Static), fc.generatorSlot, line);
    }

    private ExprNode generatorExp(Expr.GeneratorExp g) {
        Scope child = table.scopeOf(g);
        ExprNode firstIter = iterExpr(g.generators().get(0).iter());
        PCode code = translateCode(child, null, null, g);
        return new GeneratorExpNode(code, closureOf(child), firstIter);
    }

    /**
     * Whether a comprehension, or a generator expression consumed here, may run in this frame:
     * not in a class body (whose names are not slots), nor among operands kept across a yield.
     */
    private boolean canInline() {
        return inlineComprehensions && !fc.isClassBody() && !fc.spillOperands;
    }

    /** {@code for target in (e for ...)}: see InlinedGenexpForNode. */
    private StmtNode inlinedGenexpFor(Stmt.For f, Expr.GeneratorExp g) {
        ExprNode leftmost = iterExpr(leftmostIterable(g));
        AssignTargetNode target = target(f.target());
        StmtNode body = loop(() -> block(f.body()));
        StmtNode orelse = optBlock(f.orelse());
        int[] iterationSlots = iterationSlots(f);
        InlinedGenexpNode genexp = inlineGenexp(g, elt -> new GenexpForBodyNode(elt, target, body), iterationSlots);
        return new InlinedGenexpForNode(leftmost, genexp, orelse);
    }

    /** {@code list(e for ...)} and the like: see InlinedGenexpCallNode. */
    private ExprNode inlinedGenexpCall(Expr.Call c, int builtin, Expr.GeneratorExp g) {
        ExprNode callee = expr(c.func());
        ExprNode leftmost = iterExpr(leftmostIterable(g));
        int acc = fc.tempSlot(FrameSlotKind.Illegal);
        int sink = InlinedGenexpCallNode.sinkKind(builtin);
        InlinedGenexpNode genexp = inlineGenexp(g, elt -> new GenexpSinkNode(sink, acc, elt), new int[0]);
        // when the name is not the built-in: the generators made as usual, innermost first
        List<GeneratorExpNode> generators = new ArrayList<>();
        for (Expr e = g; e instanceof Expr.GeneratorExp ge; e = ge.generators().get(0).iter()) {
            Scope child = table.scopeOf(ge);
            generators.add(0, new GeneratorExpNode(translateCode(child, null, null, ge), closureOf(child), null));
        }
        int calleeSlot = fc.tempSlot(FrameSlotKind.Object);
        int generatorSlot = fc.tempSlot(FrameSlotKind.Object);
        ExprNode call = new CallNode(new ReadTempNode(calleeSlot),
                        new SequenceElements(new ExprNode[]{new ReadTempNode(generatorSlot)}, new boolean[1]), new String[0],
                        new ExprNode[0]);
        return new InlinedGenexpCallNode(callee, leftmost, genexp, builtin, acc, generators.toArray(new GeneratorExpNode[0]),
                        call, calleeSlot, generatorSlot);
    }

    /**
     * The iterable evaluated where generator expression {@code g} is: its leftmost iterable, or,
     * when that is a generator expression too (inlined with it), that one's, and so on.
     */
    private static Expr leftmostIterable(Expr.GeneratorExp g) {
        Expr e = g.generators().get(0).iter();
        while (e instanceof Expr.GeneratorExp inner) {
            e = inner.generators().get(0).iter();
        }
        return e;
    }

    /**
     * The loops of generator expression {@code g} translated into the current frame, its scope's
     * names given slots there (see FunctionContext's second constructor), with {@code consumer}
     * made from its element at the innermost point; {@code innermostIterationSlots} are cleared
     * by the innermost loop after each value (the consumer's iteration locals).
     */
    private InlinedGenexpNode inlineGenexp(Expr.GeneratorExp g, java.util.function.Function<ExprNode, StmtNode> consumer,
                    int[] innermostIterationSlots) {
        return inlineLoops(g, g.generators(), () -> consumer.apply(expr(g.elt())), innermostIterationSlots, true);
    }

    /**
     * The loops of comprehension or generator expression {@code comp} (clauses {@code gens}) in the
     * current frame, {@code innermost} translated in the expression's scope; a generator
     * expression whose leftmost iterable is one too is inlined with it (see NestedGenexpNode).
     */
    private InlinedGenexpNode inlineLoops(Expr comp, List<Expr.Comprehension> gens,
                    java.util.function.Supplier<StmtNode> innermost, int[] innermostIterationSlots, boolean generator) {
        Scope scope = table.scopeOf(comp);
        FunctionContext enclosing = fc;
        fc = new FunctionContext(scope, enclosing);
        try {
            StmtNode inner = innermost.get().setLine(comp.line());
            // the hidden parameter .0 holds the iterator, as in CPython (a zero-argument super() reads it)
            int sourceSlot = fc.localSlot(".0");
            java.util.function.BiFunction<AssignTargetNode, StmtNode, StmtNode> overGenexp = !generator ? null
                            : (target, rest) -> nestedGenexp((Expr.GeneratorExp) gens.get(0).iter(), target, rest, enclosing,
                                            sourceSlot);
            inner = clauseLoops(comp, gens, inner, new ReadTempNode(sourceSlot), innermostIterationSlots, overGenexp);
            return new InlinedGenexpNode(inner, sourceSlot, fc.cellSlots(), fc.ownSlots(), module.fileName(), comp.line(),
                            scope.name(), generator);
        } finally {
            fc = enclosing;
        }
    }

    /** A list, set or dict comprehension run in this frame: see InlinedComprehensionNode. */
    private ExprNode inlinedComprehension(Expr comp, List<Expr.Comprehension> gens) {
        ExprNode leftmost = iterExpr(gens.get(0).iter());
        int result = fc.tempSlot(FrameSlotKind.Object);
        InlinedGenexpNode loops = inlineLoops(comp, gens, () -> comprehensionAdd(comp, result), new int[0], false);
        return new InlinedComprehensionNode(leftmost, new ComprehensionInitNode(comprehensionKind(comp), result), loops,
                        result);
    }

    /**
     * The first loop of an inlined generator expression over generator expression
     * {@code feeding}, which is inlined too (see NestedGenexpNode); {@code feeding} belongs to the
     * enclosing scope, where the outer expression's leftmost iterable is evaluated.
     */
    private StmtNode nestedGenexp(Expr.GeneratorExp feeding, AssignTargetNode target, StmtNode rest,
                    FunctionContext enclosing, int sourceSlot) {
        FunctionContext outer = fc;
        fc = enclosing;
        try {
            StmtNode body = new BlockNode(new StmtNode[]{rest});
            return new NestedGenexpNode(inlineGenexp(feeding, elt -> new GenexpForBodyNode(elt, target, body), new int[0]),
                            sourceSlot);
        } finally {
            fc = outer;
        }
    }

    private ExprNode comprehension(Expr comp, List<Expr.Comprehension> gens) {
        if (canInline()) {
            return inlinedComprehension(comp, gens);
        }
        Scope child = table.scopeOf(comp);
        ExprNode firstIter = iterExpr(gens.get(0).iter());
        PCode code = translateCode(child, null, null, comp);
        return new ComprehensionNode(code, closureOf(child), firstIter);
    }

    // ---------------------------------------------------------------- names

    private Access access(String id) {
        return fc.scope.access(id);
    }

    /** A private name ({@code __x}) inside a class, as CPython mangles it ({@code _C__x}). */
    private String mangle(String id) {
        return fc.scope.mangle(id);
    }

    /**
     * A name read. NAME is the namespace lookup: in a class body the class namespace first
     * ({@link ReadClassNameNode}), at module level the globals are the namespace.
     */
    private ExprNode load(String raw) {
        String id = mangle(raw);
        return switch (access(id)) {
            case FAST -> ReadLocalNodeGen.create(fc.localSlot(id), id);
            case DEREF -> new ReadCellNode(fc.derefSlot(id), id, fc.isFree(id));
            case CLASSDEREF -> new ReadClassDerefNode(id, fc.derefSlot(id));
            case NAME -> fc.isClassBody() ? new ReadClassNameNode(id) : new ReadGlobalNode(id, null);
            case GLOBAL -> new ReadGlobalNode(id, fc.scope.isFunctionLike() ? fc.scope.varnames().toArray(new String[0]) : null);
        };
    }

    /** A name stored: a class body's own names go into its namespace; a free name (nonlocal) into its cell. */
    private AssignTargetNode nameTarget(String raw) {
        String id = mangle(raw);
        return switch (access(id)) {
            case FAST -> new LocalTargetNode(fc.localSlot(id));
            case DEREF, CLASSDEREF -> new CellTargetNode(fc.derefSlot(id));
            case NAME -> fc.isClassBody() ? new ClassNameTargetNode(id) : new GlobalTargetNode(id);
            case GLOBAL -> new GlobalTargetNode(id);
        };
    }

    private AssignTargetNode target(Expr e) {
        return switch (e) {
            case Expr.Name n -> nameTarget(n.id());
            case Expr.Attribute a -> new AttrTargetNode(expr(a.value()), mangle(a.attr()));
            case Expr.Subscript s -> new ItemTargetNode(expr(s.value()), expr(s.slice()));
            case Expr.TupleExpr t -> unpackTarget(t.elts());
            case Expr.ListExpr l -> unpackTarget(l.elts());
            case Expr.Starred s -> target(s.value());
            default -> throw new IllegalStateException("bad assignment target " + e);
        };
    }

    private AssignTargetNode unpackTarget(List<Expr> elts) {
        AssignTargetNode[] targets = new AssignTargetNode[elts.size()];
        int star = -1;
        for (int i = 0; i < targets.length; i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                star = i;
            }
            targets[i] = target(elts.get(i));
        }
        return new UnpackTargetNode(targets, star);
    }

    // ---------------------------------------------------------------- expressions

    private ExprNode[] exprs(List<Expr> list) {
        ExprNode[] out = new ExprNode[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = expr(list.get(i));
        }
        return out;
    }

    private SequenceElements elements(List<Expr> list) {
        ExprNode[] nodes = new ExprNode[list.size()];
        boolean[] starred = new boolean[list.size()];
        for (int i = 0; i < nodes.length; i++) {
            Expr e = list.get(i);
            if (e instanceof Expr.Starred s) {
                starred[i] = true;
                nodes[i] = expr(s.value());
            } else {
                nodes[i] = expr(e);
            }
        }
        return new SequenceElements(nodes, starred);
    }

    /**
     * An expression. In a generator, the operands of an expression holding a yield that hold none
     * themselves are wrapped in {@link SpillNode}s: resuming re-executes the statement, and an
     * operand evaluated before the yield must not be evaluated again ({@code x = f() + (yield)}
     * calls {@code f} once). A yield's own value is evaluated before it suspends and never again, so
     * it is not spilled.
     */
    private ExprNode expr(Expr e) {
        return withSpills(e, this::exprKind);
    }

    /** Translates {@code e} by {@code kind}, spilling operands as {@link #expr} describes. */
    private ExprNode withSpills(Expr e, java.util.function.Function<Expr, ExprNode> kind) {
        boolean spilling = fc.spillOperands;
        boolean yieldItself = e instanceof Expr.Yield || e instanceof Expr.YieldFrom;
        if (spilling && !YieldFinder.contains(e)) {
            fc.spillOperands = false;
            try {
                return isLiteral(e) ? kind.apply(e) : spill(kind.apply(e));
            } finally {
                fc.spillOperands = true;
            }
        }
        boolean spillNow = !yieldItself && fc.isGenerator() && (spilling || YieldFinder.contains(e));
        fc.spillOperands = spillNow;
        try {
            return kind.apply(e);
        } finally {
            fc.spillOperands = spilling;
        }
    }

    private static boolean isLiteral(Expr e) {
        return e instanceof Expr.IntLit || e instanceof Expr.FloatLit || e instanceof Expr.StrLit
                        || e instanceof Expr.BoolLit || e instanceof Expr.NoneLit || e instanceof Expr.EllipsisLit;
    }

    private ExprNode spillIf(boolean spill, ExprNode operand) {
        return spill ? spill(operand) : operand;
    }

    /** Keeps an operand's value across the re-execution of its statement (see {@link #expr}). */
    private ExprNode spill(ExprNode operand) {
        return new SpillNode(operand, fc.resumeSlot, fc.tempSlot(FrameSlotKind.Static));
    }

    private ExprNode exprKind(Expr e) {
        return switch (e) {
            case Expr.Name n -> load(n.id());
            case Expr.IntLit i -> intLiteral(i.value());
            case Expr.FloatLit f -> new DoubleLiteralNode(f.value());
            case Expr.StrLit s -> new ConstantNode(s.value());
            case Expr.BoolLit b -> new BooleanLiteralNode(b.value());
            case Expr.NoneLit n -> new ConstantNode(PNone.NONE);
            case Expr.EllipsisLit el -> new ConstantNode(PEllipsis.INSTANCE);
            case Expr.JoinedStr j -> new JoinedStrNode(exprs(j.values()));
            case Expr.FormattedValue f -> new FormatValueNode(expr(f.value()), f.conversion(),
                            f.formatSpec() == null ? null : expr(f.formatSpec()));
            case Expr.BinOp b -> binOp(b);
            case Expr.UnaryOp u -> switch (u.op()) {
                case NOT -> new NotNode(expr(u.operand()));
                case NEG -> NegNodeGen.create(expr(u.operand()));
                case POS -> PosNodeGen.create(expr(u.operand()));
                case INVERT -> InvertNodeGen.create(expr(u.operand()));
            };
            case Expr.BoolOp b -> new BoolOpNode(exprs(b.values()), b.op() == Expr.BoolOpKind.AND);
            case Expr.Compare c -> compare(c);
            case Expr.IfExp i -> new IfExpNode(expr(i.test()), expr(i.body()), expr(i.orelse()));
            case Expr.Lambda l -> makeFunction(table.scopeOf(l), l.args(), null, l.body(), l.line());
            case Expr.NamedExpr n -> new NamedExprNode(nameTarget(n.target().id()), expr(n.value()));
            case Expr.Call c -> call(c);
            case Expr.Attribute a -> new GetAttrNode(expr(a.value()), mangle(a.attr()));
            case Expr.Subscript s -> GetItemNodeGen.create(expr(s.value()), expr(s.slice()));
            case Expr.Slice s -> new SliceNode(s.lower() == null ? null : expr(s.lower()),
                            s.upper() == null ? null : expr(s.upper()), s.step() == null ? null : expr(s.step()));
            case Expr.Starred s -> new UnsupportedNode("can't use starred expression here");
            case Expr.ListExpr l -> new ListDisplayNode(elements(l.elts()));
            case Expr.TupleExpr t -> new TupleDisplayNode(elements(t.elts()));
            case Expr.SetExpr s -> new SetDisplayNode(elements(s.elts()), false);
            case Expr.DictExpr d -> dict(d);
            case Expr.ListComp l -> comprehension(l, l.generators());
            case Expr.SetComp s -> comprehension(s, s.generators());
            case Expr.DictComp d -> comprehension(d, d.generators());
            case Expr.GeneratorExp g -> generatorExp(g);
            case Expr.Yield y -> {
                int valueAfter = fc.yieldCount;
                yield yieldNode(y.value() == null ? null : expr(y.value()), valueAfter, y.line());
            }
            case Expr.YieldFrom y -> yieldFrom(y);
        };
    }

    private ExprNode yieldFrom(Expr.YieldFrom y) {
        int iterableAfter = fc.yieldCount;
        ExprNode iterable = expr(y.value());
        int id = ++fc.yieldCount;
        return new YieldFromNode(iterable, id, iterableAfter, fc.resumeSlot, fc.tempSlot(FrameSlotKind.Static),
                        fc.tempSlot(FrameSlotKind.Static), fc.generatorSlot, y.line());
    }

    /**
     * The iterable of a {@code for} or comprehension clause. As CPython's AST optimizer does, a list
     * display there becomes a tuple and a set display a frozenset (visible as the iterator's type).
     */
    private ExprNode iterExpr(Expr e) {
        return withSpills(e, this::iterKind);
    }

    private ExprNode iterKind(Expr e) {
        if (e instanceof Expr.ListExpr l && l.elts().stream().noneMatch(x -> x instanceof Expr.Starred)) {
            return new TupleDisplayNode(elements(l.elts()));
        }
        if (e instanceof Expr.SetExpr st && st.elts().stream().noneMatch(x -> x instanceof Expr.Starred)) {
            return new SetDisplayNode(elements(st.elts()), true);
        }
        return exprKind(e);
    }

    private static ExprNode intLiteral(BigInteger v) {
        return v.bitLength() < 64 ? new LongLiteralNode(v.longValue()) : new ConstantNode(v);
    }

    private ExprNode dict(Expr.DictExpr d) {
        ExprNode[] keys = new ExprNode[d.keys().size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = d.keys().get(i) == null ? null : expr(d.keys().get(i));
        }
        return new DictDisplayNode(keys, exprs(d.values()));
    }

    private ExprNode call(Expr.Call c) {
        if (c.func() instanceof Expr.Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty()
                        && fc.scope.isFunctionLike()) {
            return zeroArgSuper();
        }
        if (c.args().size() == 1 && c.args().get(0) instanceof Expr.GeneratorExp g && c.keywords().isEmpty() && canInline()) {
            int builtin = c.func() instanceof Expr.Name n ? InlinedGenexpCallNode.builtinNamed(n.id())
                            : c.func() instanceof Expr.Attribute a && a.attr().equals("join") ? InlinedGenexpCallNode.JOIN : -1;
            if (builtin >= 0) {
                return inlinedGenexpCall(c, builtin, g);
            }
        }
        if (c.func() instanceof Expr.Attribute a && c.args().stream().noneMatch(x -> x instanceof Expr.Starred)
                        && c.keywords().stream().allMatch(k -> k.arg() != null)) {
            ExprNode receiver = expr(a.value());
            ExprNode[] args = new ExprNode[c.args().size() + c.keywords().size()];
            String[] kwNames = new String[c.keywords().size()];
            for (int i = 0; i < c.args().size(); i++) {
                args[i] = expr(c.args().get(i));
            }
            for (int i = 0; i < kwNames.length; i++) {
                kwNames[i] = c.keywords().get(i).arg();
                args[c.args().size() + i] = expr(c.keywords().get(i).value());
            }
            return new MethodCallNode(receiver, mangle(a.attr()), args, kwNames);
        }
        ExprNode callee = expr(c.func());
        SequenceElements args = elements(c.args());
        String[] kwNames = new String[c.keywords().size()];
        ExprNode[] kwValues = new ExprNode[kwNames.length];
        for (int i = 0; i < kwNames.length; i++) {
            kwNames[i] = c.keywords().get(i).arg();
            kwValues[i] = expr(c.keywords().get(i).value());
        }
        return new CallNode(callee, args, kwNames, kwValues);
    }

    private ExprNode compare(Expr.Compare c) {
        if (c.ops().size() == 1) {
            return comparison(c.ops().get(0), expr(c.left()), expr(c.comparators().get(0)));
        }
        ExprNode[] operands = new ExprNode[c.ops().size() + 1];
        operands[0] = expr(c.left());
        BinaryNode[] ops = new BinaryNode[c.ops().size()];
        for (int i = 0; i < ops.length; i++) {
            operands[i + 1] = expr(c.comparators().get(i));
            ops[i] = comparison(c.ops().get(i), null, null);
        }
        return new ChainedCompareNode(operands, ops);
    }

    private static BinaryNode comparison(Expr.CmpOp op, ExprNode l, ExprNode r) {
        return switch (op) {
            case EQ -> EqNodeGen.create(l, r);
            case NOT_EQ -> NeNodeGen.create(l, r);
            case LT -> LtNodeGen.create(l, r);
            case LT_E -> LeNodeGen.create(l, r);
            case GT -> GtNodeGen.create(l, r);
            case GT_E -> GeNodeGen.create(l, r);
            case IS -> IsNodeGen.create(false, l, r);
            case IS_NOT -> IsNodeGen.create(true, l, r);
            case IN -> InNodeGen.create(false, l, r);
            case NOT_IN -> InNodeGen.create(true, l, r);
        };
    }

    /** A binary operator; {@code x % c} and {@code x // c} by an int literal divide by multiplication. */
    private ExprNode binOp(Expr.BinOp b) {
        if ((b.op() == Expr.BinOpKind.MOD || b.op() == Expr.BinOpKind.FLOORDIV) && b.right() instanceof Expr.IntLit lit
                        && lit.value().signum() > 0 && lit.value().bitLength() < 63 && lit.value().longValue() >= 2) {
            long d = lit.value().longValue();
            return b.op() == Expr.BinOpKind.MOD ? ConstModNodeGen.create(d, expr(b.left()))
                            : ConstFloorDivNodeGen.create(d, expr(b.left()));
        }
        return binary(b.op(), expr(b.left()), expr(b.right()));
    }

    static BinaryNode binary(Expr.BinOpKind op, ExprNode l, ExprNode r) {
        return switch (op) {
            case ADD -> AddNodeGen.create(l, r);
            case SUB -> SubNodeGen.create(l, r);
            case MUL -> MulNodeGen.create(l, r);
            case MATMUL -> MatMulNodeGen.create(l, r);
            case DIV -> TrueDivNodeGen.create(l, r);
            case FLOORDIV -> FloorDivNodeGen.create(l, r);
            case MOD -> ModNodeGen.create(l, r);
            case POW -> PowNodeGen.create(l, r);
            case LSHIFT -> LShiftNodeGen.create(l, r);
            case RSHIFT -> RShiftNodeGen.create(l, r);
            case BITOR -> BitOrNodeGen.create(l, r);
            case BITXOR -> BitXorNodeGen.create(l, r);
            case BITAND -> BitAndNodeGen.create(l, r);
        };
    }
}
