package cellpy.translate;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import cellpy.scope.Scope;
import cellpy.scope.SymbolKind;
import java.util.HashMap;
import java.util.Map;

/**
 * The frame layout of one code object while it is translated: a slot per local ({@code co_varnames}),
 * per cell and per free variable, plus hidden slots for loop state. Cell and free slots always hold
 * a {@link cellpy.runtime.Cell}; locals start Illegal and take the kind of what is stored. A class
 * body gets slots only for its cells and free variables: its names live in the namespace dict.
 */
final class FunctionContext {
    final Scope scope;
    final FrameDescriptor.Builder frame;
    private final Map<String, Integer> localSlots = new HashMap<>();
    private final Map<String, Integer> derefSlots = new HashMap<>();
    int loopDepth;
    /** The function's body (statements, or a lambda's expression), for {@link #functionReads()}; null outside functions. */
    Object body;
    private java.util.Map<String, Integer> functionReads;

    /**
     * How often each name is read in the function's body, for {@link IterationLocals}: worked out
     * when the first loop asks, so functions without loops never walk their body for it.
     */
    java.util.Map<String, Integer> functionReads() {
        if (functionReads == null) {
            functionReads = IterationLocals.reads(body);
        }
        return functionReads;
    }
    /** For a generator: the slot holding the generator object, else -1. */
    int generatorSlot = -1;
    /** Set while translating the operands of an expression that holds a yield (see Translator.expr). */
    boolean spillOperands;
    /** For a generator: its resume point slot (see GenState), else -1. */
    int resumeSlot = -1;
    /** How many yields have been translated so far: yields are numbered 1, 2, ... in source order. */
    int yieldCount;

    FunctionContext(Scope scope) {
        this.scope = scope;
        this.frame = FrameDescriptor.newBuilder();
        if (scope.isFunctionLike()) {
            for (String v : scope.varnames()) {
                localSlots.put(v, frame.addSlot(FrameSlotKind.Illegal, v, null));
            }
            for (String c : scope.cellvars()) {
                derefSlots.put(c, frame.addSlot(FrameSlotKind.Object, c, null));
            }
            for (String f : scope.freevars()) {
                derefSlots.put(f, frame.addSlot(FrameSlotKind.Object, f, null));
            }
        } else if (scope.kind() == Scope.Kind.CLASS) {
            // a class body has no fast locals (its names live in the namespace dict), but it
            // holds the cells it passes on to its methods and the implicit __class__ cell
            for (String c : scope.cellvars()) {
                derefSlots.put(c, frame.addSlot(FrameSlotKind.Object, c, null));
            }
            for (String f : scope.freevars()) {
                derefSlots.put(f, frame.addSlot(FrameSlotKind.Object, f, null));
            }
        }
    }

    /**
     * A generator expression's scope run in the frame of the function that consumes it (see
     * cellpy.nodes.generator.InlinedGenexpNode): its locals and cells get slots of their own in
     * that frame, its free variables are the enclosing function's cells.
     */
    FunctionContext(Scope genexp, FunctionContext enclosing) {
        this.scope = genexp;
        this.frame = enclosing.frame;
        for (String c : genexp.cellvars()) {
            derefSlots.put(c, frame.addSlot(FrameSlotKind.Object, c, null));
        }
        for (String f : genexp.freevars()) {
            derefSlots.put(f, enclosing.derefSlot(f));
        }
    }

    /** The slots of this scope's own cell variables, in {@code co_cellvars} order. */
    int[] cellSlots() {
        return scope.cellvars().stream().mapToInt(this::derefSlot).toArray();
    }

    /** The slots of this scope's locals and cell variables (not its free variables). */
    int[] ownSlots() {
        java.util.List<Integer> own = new java.util.ArrayList<>(localSlots.values());
        for (String c : scope.cellvars()) {
            own.add(derefSlot(c));
        }
        return own.stream().mapToInt(Integer::intValue).toArray();
    }

    boolean isClassBody() {
        return scope.kind() == Scope.Kind.CLASS;
    }

    int localSlot(String name) {
        Integer s = localSlots.get(scope.mangle(name));
        if (s == null) {
            s = frame.addSlot(FrameSlotKind.Illegal, scope.mangle(name), null);
            localSlots.put(scope.mangle(name), s);
        }
        return s;
    }

    /** The slot holding the Cell of a cell or free variable. */
    int derefSlot(String name) {
        Integer s = derefSlots.get(scope.mangle(name));
        if (s == null) {
            throw new IllegalStateException("no cell slot for " + name + " in " + scope.qualname());
        }
        return s;
    }

    boolean isFree(String name) {
        return scope.kindOf(name) == SymbolKind.FREE;
    }

    boolean isGenerator() {
        return generatorSlot >= 0;
    }

    int tempSlot(FrameSlotKind kind) {
        return frame.addSlot(kind, null, null);
    }

    FrameDescriptor build() {
        return frame.build();
    }
}
