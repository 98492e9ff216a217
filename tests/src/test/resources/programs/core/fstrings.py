# f-strings with format specs.
name = "cell"
n = 42
pi = 3.14159265
big = 1234567.891
print(f"{name} has {n} items")
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:>5}] [{n:05}]")
print(f"[{name:10}] [{name:>10}] [{name:^10}] [{name:*^10}] [{name:-<8}]")
print(f"{pi:.2f} {pi:.0f} {pi:8.3f} {pi:<8.1f}| {pi:e} {pi:.3e}")
print(f"{big:,} {big:,.2f} {1234567:,} {1234567:_}")
print(f"{255:x} {255:X} {255:#x} {255:o} {255:b} {255:#b} {255:08b}")
print(f"{-5:+} {5:+} {5: } {-5: }")
print(f"{0.25:%} {0.25:.1%} {1/3:.4}")
print(f"{n=} {pi=:.2f} {name=!r}")
print(f"{name!r} {name!s} {'quote'!r}")
print(f"{n * 2 + 1} {[x * x for x in range(4)]} {'nested' if n > 10 else 'no'}")
w = 12
p = 3
print(f"[{pi:{w}.{p}f}] [{name:>{w}}]")
print(f"{{literal braces}} {n}{{}}")
d = {"k": "v", "num": 7}
print(f"{d['k']} {d['num']:03d}")
print(f"{True} {None} {3.0} {1e16} {[1, 'a']} {(1,)}")
print(f"{'left':<6}|{'right':>6}|")
print(f"{12.5:g} {1e-7:g} {123456789.0:g} {0.0001:g}")
print(f"{-0.0} {float('inf'):>6} {1.5:10.3e}")
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for it, price, qty in items:
    print(f"{it:<8}{price:>7.2f}{qty:>4d}{price * qty:>8.2f}")
print(f"{'a' 'b'}", f"multi" f"{n}")
print(f"{n:{'>'}{5}}")
print(f"{3:3}{4:<3}|")
