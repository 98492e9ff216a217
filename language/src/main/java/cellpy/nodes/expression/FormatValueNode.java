package cellpy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import cellpy.nodes.ExprNode;
import cellpy.runtime.PyObjects;

/** One f-string replacement field: conversion ({@code !r}, {@code !s}, {@code !a}) then format spec. */
public final class FormatValueNode extends ExprNode {
    @Child private ExprNode value;
    @Child private ExprNode spec;
    private final int conversion;

    public FormatValueNode(ExprNode value, int conversion, ExprNode spec) {
        this.value = value;
        this.conversion = conversion;
        this.spec = spec;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        if (conversion == 'r' || conversion == 'a') {
            v = PyObjects.repr(v);
        } else if (conversion == 's') {
            v = PyObjects.str(v);
        }
        String s = spec == null ? "" : (String) spec.executeGeneric(frame);
        return PyObjects.format(v, s);
    }
}
