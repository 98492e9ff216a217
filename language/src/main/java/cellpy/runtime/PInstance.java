package cellpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;

/**
 * An instance of a user-defined class: its type, and its attributes ({@code __dict__}) as the
 * properties of a Truffle {@link DynamicObject}. Instances that gain the same attributes in the same
 * order share a shape, so a cached attribute access (see {@code cellpy.nodes.attr}) is a shape
 * check and a field load. Property order is insertion order, as in CPython's instance dict.
 * <p>
 * The methods here are for the runtime's slow paths; they use the uncached library.
 */
public class PInstance extends DynamicObject {
    /** The shape every instance starts from (no attributes). */
    private static final Shape EMPTY = Shape.newBuilder().build();
    private static final DynamicObjectLibrary UNCACHED = DynamicObjectLibrary.getUncached();

    private final PyType type;

    public PInstance(PyType type) {
        super(EMPTY);
        this.type = type;
    }

    public PyType getType() {
        return type;
    }

    /** The attribute in the instance dict, or null. */
    @TruffleBoundary
    public Object getAttribute(String name) {
        return UNCACHED.getOrDefault(this, name, null);
    }

    @TruffleBoundary
    public void putAttribute(String name, Object value) {
        UNCACHED.put(this, name, value);
    }

    @TruffleBoundary
    public boolean hasAttribute(String name) {
        return UNCACHED.containsKey(this, name);
    }

    /** Removes the attribute; false when there was none. */
    @TruffleBoundary
    public boolean removeAttribute(String name) {
        return UNCACHED.removeKey(this, name);
    }

    /** The attribute names in insertion order. */
    @TruffleBoundary
    public String[] attributeNames() {
        Object[] keys = UNCACHED.getKeyArray(this);
        String[] names = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            names[i] = (String) keys[i];
        }
        return names;
    }
}
