package cellpy.nodes.attr;

import com.oracle.truffle.api.nodes.Node;
import cellpy.runtime.PyType;

/** A call site's access to one attribute name on instances: the name, and the class lookup its caches hold. */
abstract class AttrSiteNode extends Node {
    protected final String name;

    protected AttrSiteNode(String name) {
        this.name = name;
    }

    protected static ClassLookup of(PyType type, String name) {
        return ClassLookup.of(type, name);
    }
}
