# closure_compiler: an expression tree compiled into a tree of closures, the
# classic closure-compilation technique. Every node becomes a lambda over its
# children's closures; evaluating one expression calls a dozen different
# closures through call sites that see several code bodies each.
import sys
import time

N = 70000        # environments each compiled expression is evaluated in
REPS = 20       # repetitions of run(N); steady state = later reps

if len(sys.argv) > 1:
    N = int(sys.argv[1])
if len(sys.argv) > 2:
    REPS = int(sys.argv[2])

EXPRS = [
    ("add", ("mul", ("var", 0), ("const", 3)), ("var", 1)),
    ("if", ("sub", ("var", 0), ("var", 2)),
     ("mul", ("add", ("var", 0), ("const", 1)), ("var", 2)),
     ("sub", ("var", 1), ("mul", ("var", 2), ("const", 5)))),
    ("add", ("add", ("var", 0), ("var", 1)),
     ("add", ("mul", ("var", 2), ("var", 2)), ("const", 17))),
    ("mul", ("if", ("var", 1), ("var", 0), ("const", 9)),
     ("sub", ("const", 100), ("var", 2))),
]


def compile_expr(e):
    op = e[0]
    if op == "const":
        v = e[1]
        return lambda env: v
    if op == "var":
        idx = e[1]
        return lambda env: env[idx]
    if op == "if":
        c = compile_expr(e[1])
        t = compile_expr(e[2])
        f = compile_expr(e[3])

        def cond(env):
            if c(env) > 0:
                return t(env)
            return f(env)
        return cond
    left = compile_expr(e[1])
    right = compile_expr(e[2])
    if op == "add":
        return lambda env: left(env) + right(env)
    if op == "sub":
        return lambda env: left(env) - right(env)
    return lambda env: left(env) * right(env) % 1000003


def run(n):
    code = [compile_expr(e) for e in EXPRS]
    total = 0
    for i in range(n):
        env = (i % 101, i % 7 - 3, i % 53)
        for f in code:
            total += f(env)
    return total


def main():
    check = 0
    for rep in range(REPS):
        t0 = time.perf_counter()
        c = run(N)
        t1 = time.perf_counter()
        if rep == 0:
            check = c
        elif c != check:
            print("ERROR checksum changed", rep, c, check)
        print("rep", rep, t1 - t0)
    print("checksum", check)


main()
