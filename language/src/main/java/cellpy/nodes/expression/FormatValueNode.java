package cellpy.nodes.expression;

import cellpy.runtime.PyInt;
import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.runtime.PyObjects;

/** One f-string replacement field: conversion ({@code !r}, {@code !s}, {@code !a}) then format spec. */
public final class FormatValueNode extends ExprNode {
    @Child private ExprNode value;
    @Child private ExprNode spec;
    private final int conversion;

    /** The conversion of a field without {@code !r}, {@code !s} or {@code !a}. */
    private static final int NONE = -1;

    public FormatValueNode(ExprNode value, int conversion, ExprNode spec) {
        this.value = value;
        this.conversion = conversion;
        this.spec = spec;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        if (spec == null && conversion == NONE) {
            // {x} of a str or an int: the value itself or its digits, without format()'s
            // lookup of __format__ and parsing of an empty spec
            if (v instanceof String str) {
                return str;
            }
            if (v instanceof Long i) {
                return PyInt.toString((long) i);
            }
        }
        if (conversion == 'r' || conversion == 'a') {
            v = PyObjects.repr(v);
        } else if (conversion == 's') {
            v = PyObjects.str(v);
        }
        String s = spec == null ? "" : (String) spec.executeGeneric(frame);
        return PyObjects.format(v, s);
    }
}
