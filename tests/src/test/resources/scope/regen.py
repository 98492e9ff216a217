"""Regenerates the expected scope dumps from CPython 3.11 itself.

For every NAME.py here it writes NAME.scopes: CPython's symtable (each name's scope and flags)
joined with what the compiler made of each block (the code object's qualname, first line,
argument counts, flags, co_varnames, co_cellvars, co_freevars), in the format
cellpy.scope.ScopeDump prints; and NAME.dis: per code object (module first, then nested ones
depth-first in co_consts order), the variable-access instructions dis shows, as
"OPNAME arg argrepr", which the test compares with cellpy.scope.DisListing's text. For every
errors/NAME.py it writes errors/NAME.err with the SyntaxError python3 reports.
Run: python3 regen.py (from any directory); python3 regen.py FILE... prints dumps instead.
"""
import dis
import os
import sys
import symtable
import types

HERE = os.path.dirname(os.path.abspath(__file__))
SCOPE_OFF = 11
SCOPE_NAMES = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}
FLAG_NAMES = ["global", "assigned", "parameter", "nonlocal", "referenced", "free", "free_class",
              "imported", "annotated", "comp_iter"]
COMP_KINDS = {"<listcomp>": "LISTCOMP", "<setcomp>": "SETCOMP", "<dictcomp>": "DICTCOMP",
              "<genexpr>": "GENEXP", "<lambda>": "LAMBDA"}


def flag_words(flags):
    return ",".join(n for i, n in enumerate(FLAG_NAMES) if flags & (1 << i))


def kind_of(table, code):
    t = table.get_type()
    if t == "module":
        return "MODULE"
    if t == "class":
        return "CLASS"
    return COMP_KINDS.get(code.co_name, "FUNCTION")


def nested_codes(code):
    return [c for c in code.co_consts if isinstance(c, types.CodeType)]


def match_children(table, code):
    """Pairs each child table with its code object (by name, in order)."""
    pool = nested_codes(code)
    pairs = []
    for child in table.get_children():
        name = child.get_name()
        for i, c in enumerate(pool):
            if c.co_name == name or c.co_name == "<" + name + ">":
                pairs.append((child, pool.pop(i)))
                break
        else:
            raise SystemExit("no code object for %s in %s" % (name, code.co_name))
    return pairs


def tup(names):
    return "(" + ", ".join(names) + ")"


def dump(table, code, depth, out):
    ind = "  " * depth
    kind = kind_of(table, code)
    head = "%s%s %s qualname=%s firstline=%d" % (ind, kind, code.co_name, code.co_qualname,
                                                code.co_firstlineno)
    if kind not in ("MODULE", "CLASS"):
        head += " argcount=%d posonly=%d kwonly=%d" % (code.co_argcount, code.co_posonlyargcount,
                                                      code.co_kwonlyargcount)
        if code.co_flags & 0x04:
            head += " varargs"
        if code.co_flags & 0x08:
            head += " varkw"
        if code.co_flags & 0x20:
            head += " generator"
    out.append(head)
    out.append("%s  varnames=%s cellvars=%s freevars=%s" % (ind, tup(code.co_varnames),
                                                           tup(code.co_cellvars), tup(code.co_freevars)))
    raw = table._table.symbols
    for name in sorted(raw):
        flags = raw[name]
        scope = SCOPE_NAMES.get((flags >> SCOPE_OFF) & 7, "?")
        words = flag_words(flags & ((1 << SCOPE_OFF) - 1))
        out.append("%s  %s: %s%s" % (ind, name, scope, " " + words if words else ""))
    for child, ccode in match_children(table, code):
        dump(child, ccode, depth + 1, out)


def scopes_of(path):
    with open(path) as f:
        src = f.read()
    name = os.path.basename(path)
    table = symtable.symtable(src, name, "exec")
    code = compile(src, name, "exec")
    out = []
    dump(table, code, 0, out)
    return "\n".join(out) + "\n"


DIS_OPS = {"MAKE_CELL", "COPY_FREE_VARS", "LOAD_FAST", "STORE_FAST", "DELETE_FAST", "LOAD_DEREF",
           "STORE_DEREF", "DELETE_DEREF", "LOAD_CLOSURE", "LOAD_CLASSDEREF", "LOAD_GLOBAL", "STORE_GLOBAL",
           "DELETE_GLOBAL", "LOAD_NAME", "STORE_NAME", "DELETE_NAME"}


def dis_of(path):
    with open(path) as f:
        src = f.read()
    out = []

    def walk(code):
        out.append("== " + code.co_name)
        for ins in dis.get_instructions(code):
            if ins.opname in DIS_OPS:
                out.append(("%s %s %s" % (ins.opname, ins.arg, ins.argrepr)).rstrip())
        for c in nested_codes(code):
            walk(c)

    walk(compile(src, os.path.basename(path), "exec"))
    return "\n".join(out) + "\n"


def error_of(path):
    with open(path) as f:
        src = f.read()
    try:
        compile(src, os.path.basename(path), "exec")
    except SyntaxError as e:
        return "SyntaxError: %s @ line %d\n" % (e.msg, e.lineno)
    raise SystemExit("%s compiles without error" % path)


def main():
    for f in sorted(os.listdir(HERE)):
        if f.endswith(".py") and f != "regen.py":
            with open(os.path.join(HERE, f[:-3] + ".scopes"), "w") as o:
                o.write(scopes_of(os.path.join(HERE, f)))
            with open(os.path.join(HERE, f[:-3] + ".dis"), "w") as o:
                o.write(dis_of(os.path.join(HERE, f)))
    edir = os.path.join(HERE, "errors")
    for f in sorted(os.listdir(edir)):
        if f.endswith(".py"):
            with open(os.path.join(edir, f[:-3] + ".err"), "w") as o:
                o.write(error_of(os.path.join(edir, f)))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        for p in sys.argv[1:]:
            sys.stdout.write(scopes_of(p))
    else:
        main()
