package cellpy.nodes.classes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.nodes.call.GenericCall;
import cellpy.runtime.BuiltinFn;
import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.Cell;
import cellpy.runtime.PSuper;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyObjects;
import cellpy.runtime.PyType;

/**
 * {@code super()} with no arguments in a function. CPython's {@code super} finds its two
 * arguments in the caller's frame: the {@code __class__} cell (a free variable of every method
 * that mentions {@code super}) and the first parameter's current value. Both are frame slots
 * known at translation, so this node reads them directly. The call still goes through the name
 * {@code super}: when it is not bound to the built-in, whatever it is gets called instead.
 */
public final class ZeroArgSuperNode extends ExprNode {
    @Child private ExprNode callee;
    /** The first parameter's value, or null when the function has no positional parameter. */
    @Child private ExprNode firstArg;
    /** The slot of the {@code __class__} cell, or -1 when the function has none. */
    private final int classCellSlot;

    public ZeroArgSuperNode(ExprNode callee, ExprNode firstArg, int classCellSlot) {
        this.callee = callee;
        this.firstArg = firstArg;
        this.classCellSlot = classCellSlot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object f = callee.executeGeneric(frame);
        if (f != BuiltinTypes.SUPER) {
            return GenericCall.call(f, new Object[0], BuiltinFn.NO_KW);
        }
        if (firstArg == null) {
            CompilerDirectives.transferToInterpreter();
            throw PyErrors.runtimeError("super(): no arguments");
        }
        if (classCellSlot < 0) {
            CompilerDirectives.transferToInterpreter();
            throw PyErrors.runtimeError("super(): __class__ cell not found");
        }
        Object cls = ((Cell) frame.getObject(classCellSlot)).get();
        if (cls == null) {
            CompilerDirectives.transferToInterpreter();
            throw PyErrors.runtimeError("super(): empty __class__ cell");
        }
        if (!(cls instanceof PyType)) {
            CompilerDirectives.transferToInterpreter();
            throw PyErrors.runtimeError("super(): __class__ is not a type (%s)", PyObjects.typeName(cls));
        }
        return PSuper.create(cls, firstArg.executeGeneric(frame));
    }
}
