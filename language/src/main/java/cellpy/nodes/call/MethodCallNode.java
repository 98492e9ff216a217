package cellpy.nodes.call;

import cellpy.nodes.attr.InstanceMethodNode;
import cellpy.runtime.PBuiltinFunction;
import cellpy.runtime.PDict;
import cellpy.runtime.PFunction;
import cellpy.runtime.PInstance;
import cellpy.runtime.PList;
import cellpy.runtime.PNone;
import cellpy.runtime.PSet;
import cellpy.runtime.PTuple;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import cellpy.nodes.ExprNode;
import cellpy.nodes.generator.BoxYieldedNode;
import cellpy.nodes.generator.GeneratorOdds;
import cellpy.nodes.generator.GeneratorResumeNode;
import cellpy.runtime.BuiltinFn;
import cellpy.runtime.PBoundMethod;
import cellpy.runtime.PGenerator;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyObjects;

/**
 * {@code obj.name(args)} without building a bound method where it can: {@code gen.send(v)} and
 * {@code gen.__next__()} resume the generator through a cached direct call; a method of a list,
 * dict, str, tuple or set is looked up once per site; any other bound method is called with self
 * prepended, through the dispatch's inline cache.
 */
public final class MethodCallNode extends ExprNode {
    @Child private ExprNode receiver;
    @Children private final ExprNode[] args;
    private final String name;
    private final String[] kwNames;
    @Child private CallDispatchNode dispatch = CallDispatchNodeGen.create();
    @Child private GeneratorResumeNode resume;
    @Child private BoxYieldedNode boxYielded;
    @Child private InstanceMethodNode instanceMethod;

    /** The name is {@code send} with one argument or {@code __next__} with none. */
    private final boolean resumeName;
    /**
     * The receiver class and method of the site's list, dict, str, tuple or set receiver. Builtin types
     * cannot be changed, so the receiver's Java class decides which builtin function the name is:
     * looked up once, the call skips the lookup behind a boundary and the bound method it
     * allocated ({@code d.get(k, 0)}, {@code xs.append(v)} in a loop). A site that sees another
     * class first, or after, looks up as before.
     */
    @CompilationFinal private Class<?> builtinClass;
    /**
     * The cached method's body without its receiver check (the class guard is that check): called
     * with the receiver and the arguments in one array, behind one boundary, without the dispatch
     * node, the array the dispatch shifts, or the type test of the receiver.
     */
    @CompilationFinal private BuiltinFn builtinMethod;
    /**
     * {@code xs.append(v)}: added to the list's Java list right here, without the built-in's call
     * (its argument array, dispatch and boundary: 38 ns per append in a compiled loop).
     */
    @CompilationFinal private boolean listAppend;
    /** {@code s.add(v)}: the set's own insertion (one boundary), without the built-in's call around it. */
    @CompilationFinal private boolean setAdd;
    /**
     * {@code d.get(k)} and {@code d.get(k, default)}: an int or str key looked up inline (see
     * {@link PDict#findStr}), other keys with the dict's own lookup; no built-in call (119 -> 6-9 ns
     * for two gets in a compiled loop).
     */
    @CompilationFinal private boolean dictGet;
    /** For a set receiver: whether the cached method is frozenset's (one Java class stands for both). */
    @CompilationFinal private boolean builtinFrozen;

    public MethodCallNode(ExprNode receiver, String name, ExprNode[] args, String[] kwNames) {
        this.receiver = receiver;
        this.name = name;
        this.args = args;
        this.kwNames = kwNames;
        this.resumeName = (name.equals("send") && args.length == 1) || (name.equals("__next__") && args.length == 0);
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object self = receiver.executeGeneric(frame);
        if (resumeName && kwNames.length == 0 && self instanceof PGenerator gen) {
            Object sent = args.length == 1 ? args[0].executeGeneric(frame) : cellpy.runtime.PNone.NONE;
            if (resume == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                resume = insert(GeneratorResumeNode.createRaw());
                boxYielded = insert(BoxYieldedNode.create());
            }
            Object v = resume.execute(gen, sent);
            if (!GeneratorOdds.goesOn(v != null)) {
                throw PyErrors.stopIteration(cellpy.runtime.GeneratorOps.takeReturnValue(gen));
            }
            return boxYielded.execute(gen, v);
        }
        if (self instanceof PInstance inst) {
            if (instanceMethod == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                instanceMethod = insert(InstanceMethodNode.create(name));
            }
            PFunction fn = instanceMethod.execute(inst);
            if (fn != null) {
                return callBound(frame, fn, inst);
            }
        }
        if (builtinClass != null && self.getClass() == builtinClass
                        && (builtinClass != PSet.class || ((PSet) self).frozen == builtinFrozen)) {
            if (listAppend) {
                ((PList) self).items.add(args[0].executeGeneric(frame));
                return PNone.NONE;
            }
            if (setAdd) {
                ((PSet) self).add(args[0].executeGeneric(frame));
                return PNone.NONE;
            }
            if (dictGet) {
                return dictGet(frame, (PDict) self);
            }
            return callBuiltinMethod(frame, self);
        }
        Object method = PyObjects.getAttr(self, name);
        if (method instanceof PBoundMethod m) {
            if (builtinClass == null && m.function() instanceof PBuiltinFunction && fixedType(self)) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                builtinMethod = ((PBuiltinFunction) m.function()).getBody();
                builtinFrozen = self instanceof PSet set && set.frozen;
                builtinClass = self.getClass();
                listAppend = self instanceof PList && name.equals("append") && args.length == 1 && kwNames.length == 0;
                setAdd = self instanceof PSet set && !set.frozen && name.equals("add") && args.length == 1 && kwNames.length == 0;
                dictGet = self instanceof PDict && name.equals("get") && (args.length == 1 || args.length == 2) && kwNames.length == 0;
            }
            return callBound(frame, m.function(), m.self());
        }
        Object[] all = new Object[args.length + 1];
        for (int i = 0; i < args.length; i++) {
            all[i + 1] = args[i].executeGeneric(frame);
        }
        return dispatch.execute(method, all, kwNames.length == 0 ? BuiltinFn.NO_KW : kwNames);
    }

    @ExplodeLoop
    private Object callBound(VirtualFrame frame, Object function, Object self) {
        Object[] all = new Object[args.length + 2];
        all[1] = self;
        for (int i = 0; i < args.length; i++) {
            all[i + 2] = args[i].executeGeneric(frame);
        }
        return dispatch.execute(function, all, kwNames.length == 0 ? BuiltinFn.NO_KW : kwNames);
    }

    private Object dictGet(VirtualFrame frame, PDict d) {
        Object key = args[0].executeGeneric(frame);
        Object dflt = args.length == 2 ? args[1].executeGeneric(frame) : PNone.NONE;
        PDict.Entry e;
        if (key instanceof Long k) {
            e = d.findLong(k);
        } else if (key instanceof String k) {
            e = d.findStr(k);
        } else {
            Object v = d.get(key);
            return v != null ? v : dflt;
        }
        return e != null ? e.value : dflt;
    }

    @ExplodeLoop
    private Object callBuiltinMethod(VirtualFrame frame, Object self) {
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        for (int i = 0; i < args.length; i++) {
            all[i + 1] = args[i].executeGeneric(frame);
        }
        return CallDispatchNode.callBuiltin(builtinMethod, all, kwNames.length == 0 ? BuiltinFn.NO_KW : kwNames);
    }

    /**
     * A value of a builtin type that has no attributes of its own and that one Java class stands
     * for (a set's class with its frozen flag).
     */
    private static boolean fixedType(Object self) {
        return self instanceof PList || self instanceof PDict || self instanceof String || self instanceof PTuple
                        || self instanceof PSet;
    }
}
