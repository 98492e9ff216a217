package cellpy.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** An instance of a user-defined class: its type and its attribute dict ({@code __dict__}). */
public class PInstance {
    private PyType type;
    public final Map<String, Object> attrs = new LinkedHashMap<>();

    public PInstance(PyType type) {
        this.type = type;
    }

    public PyType getType() {
        return type;
    }
}
