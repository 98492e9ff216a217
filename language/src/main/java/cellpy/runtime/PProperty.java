package cellpy.runtime;

/**
 * {@code property(fget, fset, fdel, doc)}: a data descriptor, so it takes precedence over the
 * instance dict. Absent accessors are None. {@code getter/setter/deleter} make modified copies.
 */
public record PProperty(Object fget, Object fset, Object fdel, Object doc) {}
