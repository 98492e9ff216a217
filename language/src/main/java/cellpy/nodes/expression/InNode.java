package cellpy.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import cellpy.runtime.PDict;
import cellpy.runtime.PSet;
import cellpy.runtime.PyObjects;

/** {@code in} and, negated, {@code not in}: membership in the right operand. */
public abstract class InNode extends BinaryNode {
    protected final boolean negated;

    protected InNode(boolean negated) {
        this.negated = negated;
    }

    /** An int key in a dict: looked up inline (see {@link PDict#findLong}). */
    @Specialization
    protected boolean doDictLong(long a, PDict b) {
        return (b.findLong(a) != null) != negated;
    }

    /** A str key in a dict: looked up inline. */
    @Specialization
    protected boolean doDictStr(String a, PDict b) {
        return (b.findStr(a) != null) != negated;
    }

    /** An int in a set: looked up inline (see {@link PSet#containsLong}). */
    @Specialization
    protected boolean doSetLong(long a, PSet b) {
        return b.containsLong(a) != negated;
    }

    /** Membership in a dict: its own lookup, without the generic path's boundary around it. */
    @Specialization(replaces = {"doDictLong", "doDictStr"})
    protected boolean doDict(Object a, PDict b) {
        return b.containsKey(a) != negated;
    }

    @Specialization
    protected boolean doGeneric(Object a, Object b) {
        return PyObjects.contains(b, a) != negated;
    }
}
