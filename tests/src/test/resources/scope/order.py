# co_varnames order: values before targets, the compiler's order, not the source's.
def assign_order(seq):
    first = second = seq
    third, *rest = seq
    total = total_before if False else 0
    total_before = 1
    total += 1
    for item in seq:
        pass
    with open("x") as handle, open("y") as (h2):
        pass
    try:
        pass
    except ValueError as err:
        pass
    import os.path
    import sys as system
    from math import pi, tau as turn
    del first
    obj.attr = value_for_attr
    return total, item, handle, system, pi, turn


def walrus_order(data):
    if (n := len(data)) > 2:
        m = n
    return m


def loop_else(xs):
    while xs:
        head = xs.pop()
    else:
        tail = None
    return head, tail


def finally_order():
    try:
        body_name = 1
    finally:
        fin_name = 2
    return body_name, fin_name
