package cellpy.nodes;

import com.oracle.truffle.api.dsl.TypeSystem;

/** The primitive types nodes specialize on: Python int (in long range), float and bool. */
@TypeSystem({long.class, double.class, boolean.class})
public abstract class CellpyTypes {
}
