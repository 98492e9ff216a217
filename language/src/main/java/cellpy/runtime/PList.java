package cellpy.runtime;

import java.util.ArrayList;
import java.util.Collection;

/** A mutable list: an {@link ArrayList} of guest values. Unhashable, identity equality in Java. */
public final class PList {
    public final ArrayList<Object> items;

    public PList() {
        this.items = new ArrayList<>();
    }

    public PList(int capacity) {
        this.items = new ArrayList<>(capacity);
    }

    public PList(Collection<?> values) {
        this.items = new ArrayList<>(values);
    }

    public PList(Object[] values) {
        this.items = new ArrayList<>(values.length);
        for (Object v : values) {
            items.add(v);
        }
    }

    public int size() {
        return items.size();
    }

    public Object get(int i) {
        return items.get(i);
    }

    public void add(Object v) {
        items.add(v);
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
