package cellpy.nodes.attr;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import cellpy.runtime.PInstance;
import cellpy.runtime.PyObjects;

/**
 * {@code inst.name = value} on an instance of a user class with no {@code __setattr__} and no
 * property of that name: a store into the instance's shape (which may move it to the next shape).
 */
public abstract class SetInstanceAttrNode extends AttrSiteNode {
    protected SetInstanceAttrNode(String name) {
        super(name);
    }

    public static SetInstanceAttrNode create(String name) {
        return SetInstanceAttrNodeGen.create(name);
    }

    public abstract void execute(PInstance inst, Object value);

    @Specialization(guards = {"inst.getType() == lookup.type", "lookup.cacheableSet"}, assumptions = "lookup.assumptions",
                    limit = "4")
    protected void doCached(PInstance inst, Object value,
                    @Cached("of(inst.getType(), name)") ClassLookup lookup,
                    @CachedLibrary(limit = "4") DynamicObjectLibrary attrs) {
        attrs.put(inst, name, value);
    }

    @Specialization(replaces = "doCached")
    protected void doGeneric(PInstance inst, Object value) {
        PyObjects.setAttr(inst, name, value);
    }
}
