/**
 * Class definitions: the class body runs as its own code ({@link cellpy.nodes.classes.ClassBodyRootNode})
 * over a fresh namespace dict that its name nodes read and write (CPython's LOAD_NAME, STORE_NAME,
 * DELETE_NAME, LOAD_CLASSDEREF); {@link cellpy.nodes.classes.MakeClassNode} turns the namespace
 * into a type. Zero-argument {@code super()} lives here too, since it depends on the
 * {@code __class__} cell a class body makes for its methods.
 */
package cellpy.nodes.classes;
