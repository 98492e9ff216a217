package cellpy.nodes.attr;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import cellpy.runtime.PInstance;
import cellpy.runtime.PyObjects;

/**
 * {@code inst.name} on an instance of a user class: the instance's own attribute (a shape check
 * and a load), else the class attribute found when the site was cached, bound to the instance.
 * Anything else (a property, {@code __getattr__}, an AttributeError) takes the runtime's path.
 */
public abstract class GetInstanceAttrNode extends AttrSiteNode {
    protected GetInstanceAttrNode(String name) {
        super(name);
    }

    public static GetInstanceAttrNode create(String name) {
        return GetInstanceAttrNodeGen.create(name);
    }

    public abstract Object execute(PInstance inst);

    @Specialization(guards = {"inst.getType() == lookup.type", "lookup.cacheableGet"}, assumptions = "lookup.assumptions",
                    limit = "4")
    protected Object doCached(PInstance inst,
                    @Cached("of(inst.getType(), name)") ClassLookup lookup,
                    @CachedLibrary(limit = "4") DynamicObjectLibrary attrs) {
        Object v = attrs.getOrDefault(inst, name, null);
        if (v != null) {
            return v;
        }
        if (lookup.value != null) {
            return lookup.bind(inst);
        }
        return PyObjects.getAttr(inst, name);
    }

    @Specialization(replaces = "doCached")
    protected Object doGeneric(PInstance inst) {
        return PyObjects.getAttr(inst, name);
    }
}
