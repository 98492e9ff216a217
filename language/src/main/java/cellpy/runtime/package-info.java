/**
 * Guest values. Python ints are {@code Long} (or {@code BigInteger} outside the long range, always
 * normalized), floats {@code Double}, bools {@code Boolean}, strs {@code String}, None
 * {@link cellpy.runtime.PNone#NONE}; everything else is a {@code P*} class of this package. Java
 * {@code Integer} never appears as a guest value; {@code null} never does either (it means "unbound"
 * in frame slots and cells, and "exhausted" from {@link cellpy.runtime.PIterator#next}).
 */
package cellpy.runtime;
