package cellpy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import cellpy.CellpyContext;
import cellpy.runtime.PBoundMethod;
import cellpy.runtime.PBuiltinFunction;
import cellpy.runtime.PCode;
import cellpy.runtime.PDict;
import cellpy.runtime.PFunction;
import cellpy.runtime.PModule;
import cellpy.runtime.PNone;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyObjects;

/**
 * The {@code dis} module. cellpy has no bytecode, so {@code dis.dis(f)} lists each variable access
 * of f's code (and the code nested in it) with the CPython 3.11 opcode that names its kind, as the
 * symbol table decided it.
 */
final class DisModule {
    private DisModule() {
    }

    static PModule create() {
        PDict d = new PDict();
        d.put("__name__", "dis");
        d.put("dis", new PBuiltinFunction("dis", DisModule::dis));
        return new PModule("dis", d);
    }

    @TruffleBoundary
    private static Object dis(Object[] args, String[] kwNames) {
        if (args.length - kwNames.length != 1) {
            throw PyErrors.typeError("dis() takes 1 positional argument but %d were given", args.length - kwNames.length);
        }
        Object f = args[0];
        if (f instanceof PBoundMethod m) {
            f = m.function();
        }
        PCode code;
        if (f instanceof PFunction fn) {
            code = fn.code;
        } else if (f instanceof PCode c) {
            code = c;
        } else {
            throw PyErrors.typeError("don't know how to disassemble %s objects", PyObjects.typeName(f));
        }
        String text = code.disassemble();
        CellpyContext.get().streams().writeOut(text == null ? "" : text);
        return PNone.NONE;
    }
}
