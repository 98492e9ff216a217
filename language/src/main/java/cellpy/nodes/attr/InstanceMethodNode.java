package cellpy.nodes.attr;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import cellpy.runtime.PFunction;
import cellpy.runtime.PInstance;

/**
 * For {@code inst.name(args)}: the method to call with the instance prepended, when {@code name}
 * is a plain function on the class that the instance does not shadow; null otherwise (the caller
 * then takes the attribute and calls it). No bound method is made.
 */
public abstract class InstanceMethodNode extends AttrSiteNode {
    protected InstanceMethodNode(String name) {
        super(name);
    }

    public static InstanceMethodNode create(String name) {
        return InstanceMethodNodeGen.create(name);
    }

    public abstract PFunction execute(PInstance inst);

    @Specialization(guards = {"inst.getType() == lookup.type", "lookup.cacheableGet"}, assumptions = "lookup.assumptions",
                    limit = "4")
    protected PFunction doCached(PInstance inst,
                    @Cached("of(inst.getType(), name)") ClassLookup lookup,
                    @CachedLibrary(limit = "4") DynamicObjectLibrary attrs) {
        PFunction f = lookup.function;
        if (f == null || attrs.containsKey(inst, name)) {
            return null;
        }
        return f;
    }

    @Specialization(replaces = "doCached")
    protected PFunction doGeneric(PInstance inst) {
        return null;
    }
}
