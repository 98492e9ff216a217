#!/usr/bin/env python3
"""Run closure-heavy benchmark programs on cellpy, CPython and PyPy and compare them.

Every program runs as a whole process, RUNS times per implementation, the runs
interleaved across programs and implementations so that machine noise is
spread over all of them. Per program and implementation the table shows

  wall    median whole-process wall time (start-up, warm-up and all reps)
  steady  median steady-state time per repetition: per run the median of the
          reps after the first WARMUP (default: the second half), then the
          median over runs
  1st     median time of the first repetition (warm-up shows here)

each with its ratio to CPython (/cpy) and to PyPy (/pypy), and whether every
implementation printed the same checksum. A checksum mismatch, a failed run or
a run without a checksum is an error: exit status 1.

A program follows the convention of benchmarks/programs: module-level N and
REPS, run(n) returns an int checksum, main() prints "rep I SECONDS" per
repetition and then "checksum C"; `prog.py N REPS` overrides N and REPS.

Examples (from the repository root):
    python3 benchmarks/run.py                         # all programs, 3 runs each
    python3 benchmarks/run.py -b adder_bank,deep_nesting -n 5
    python3 benchmarks/run.py --program my_loop.py --reps 30 --warmup 10
    python3 benchmarks/run.py --markdown > table.md
Implementations: cellpy (bin/cellpy, or --cellpy CMD), cpython (python3, or
--python CMD), pypy (pypy3, or --pypy CMD); a missing one is skipped.
"""
import argparse
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, "programs")

REP_RE = re.compile(r"^rep\s+(\d+)\s+(\S+)\s*$")
CHK_RE = re.compile(r"^checksum\s+(.*?)\s*$")


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def find_impls(args):
    """[(name, argv prefix)] of the implementations to run, missing ones skipped with a note."""
    impls = []
    cellpy = shlex.split(args.cellpy) if args.cellpy else [os.path.join(ROOT, "bin", "cellpy")]
    if shutil.which(cellpy[0]) or os.access(cellpy[0], os.X_OK):
        impls.append(("cellpy", cellpy))
    else:
        log("# cellpy: %s not found, skipped" % cellpy[0])
    if args.python:
        impls.append(("cpython", shlex.split(args.python)))
    elif shutil.which("python3"):
        # the real interpreter, not a pyenv shim (a shim costs ~70 ms per process)
        exe = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout.decode().strip()
        impls.append(("cpython", [exe or "python3"]))
    else:
        log("# cpython: python3 not found, skipped")
    pypy = shlex.split(args.pypy) if args.pypy else ["pypy3"]
    if shutil.which(pypy[0]):
        impls.append(("pypy", pypy))
    else:
        log("# pypy: %s not installed, skipped" % pypy[0])
    if args.impls:
        want = args.impls.split(",")
        unknown = [w for w in want if w not in ("cellpy", "cpython", "pypy")]
        if unknown:
            raise SystemExit("run.py: unknown implementation(s) %s (cellpy, cpython, pypy)" % ",".join(unknown))
        impls = [i for i in impls if i[0] in want]
    return impls


def find_programs(args):
    """[(name, path)] of the programs to run."""
    progs = []
    if not args.program or args.bench:
        names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))
        if args.bench:
            want = [b.strip() for b in args.bench.split(",") if b.strip()]
            missing = [b for b in want if b not in names]
            if missing:
                raise SystemExit("run.py: no program %s in %s (have: %s)" % (
                    ", ".join(missing), PROGRAMS, ", ".join(names)))
            names = want
        progs += [(n, os.path.join(PROGRAMS, n + ".py")) for n in names]
    for p in args.program:
        if not os.path.isfile(p):
            raise SystemExit("run.py: no such program file: " + p)
        name = os.path.basename(p)[:-3] if p.endswith(".py") else os.path.basename(p)
        if any(name == n for n, _ in progs):
            name = p
        progs.append((name, os.path.abspath(p)))
    return progs


def module_int(src, var):
    m = re.search(r"^%s\s*=\s*(\d+)" % var, src, flags=re.M)
    return int(m.group(1)) if m else None


def program_argv(path, size, reps, tmpdir):
    """The file and arguments that run PATH with N/REPS overridden (None: the program's own)."""
    if size is None and reps is None:
        return [path]
    src = open(path).read()
    if "sys.argv" in src:
        n = size if size is not None else module_int(src, "N")
        r = reps if reps is not None else module_int(src, "REPS")
        if n is None or r is None:
            raise SystemExit("run.py: %s: give both --size and --reps (no 'N = <int>' / 'REPS = <int>' line)" % path)
        return [path, str(n), str(r)]
    # a program that does not read sys.argv: run a copy with its N/REPS lines replaced
    for var, val in (("N", size), ("REPS", reps)):
        if val is None:
            continue
        src, k = re.subn(r"^%s\s*=\s*\d+" % var, "%s = %d" % (var, val), src, count=1, flags=re.M)
        if k != 1:
            raise SystemExit("run.py: %s reads no sys.argv and has no '%s = <int>' line to override" % (path, var))
    out = os.path.join(tmpdir, "%d-%s" % (len(os.listdir(tmpdir)), os.path.basename(path)))
    with open(out, "w") as f:
        f.write(src)
    return [out]


def run_once(argv, timeout):
    t0 = time.perf_counter()
    try:
        p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
        wall = time.perf_counter() - t0
        out, err, rc = p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace"), p.returncode
    except subprocess.TimeoutExpired as e:
        wall = time.perf_counter() - t0
        out = (e.stdout or b"").decode(errors="replace")
        err = (e.stderr or b"").decode(errors="replace")
        rc = "timeout after %gs" % timeout
    except OSError as e:
        return {"wall": float("nan"), "reps": [], "checksum": None, "errors": [str(e)], "stderr": ""}
    reps, checksum, errors = [], None, []
    for line in out.splitlines():
        m = REP_RE.match(line)
        if m:
            try:
                reps.append(float(m.group(2)))
            except ValueError:
                errors.append("bad rep line: " + line)
            continue
        m = CHK_RE.match(line)
        if m:
            checksum = m.group(1)
        elif line.startswith("ERROR"):
            errors.append(line)
    if rc != 0:
        errors.append("exit status %s" % rc)
    elif checksum is None:
        errors.append("no checksum line")
    if "fallback runtime" in err:
        errors.append("cellpy ran on the fallback runtime (no JIT)")
    return {"wall": wall, "reps": reps, "checksum": checksum, "errors": errors,
            "stderr": err[-2000:] if errors else ""}


def med(xs):
    xs = [x for x in xs if x == x]
    return statistics.median(xs) if xs else float("nan")


def summarize(runs, warmup):
    steady, first = [], []
    for r in runs:
        reps = r["reps"]
        w = warmup if warmup is not None else len(reps) // 2
        if reps[w:]:
            steady.append(med(reps[w:]))
        if reps:
            first.append(reps[0])
    return {
        "wall": med([r["wall"] for r in runs if not r["errors"]]),
        "steady": med(steady),
        "first": med(first),
        "reps": max((len(r["reps"]) for r in runs), default=0),
        "checksums": sorted(set(r["checksum"] for r in runs if r["checksum"] is not None)),
        "errors": sorted(set(e for r in runs for e in r["errors"])),
    }


def fmt(x):
    if x != x:
        return "-"
    if x >= 100:
        return "%.0f" % x
    if x >= 10:
        return "%.1f" % x
    return "%.3g" % x


def ratio(x, ref):
    if ref is None or x != x or ref != ref or ref == 0:
        return "-"
    r = x / ref
    if r >= 10:
        return "%.1f" % r
    if r >= 0.01:
        return "%.2f" % r
    return "%.4f" % r


def table(progs, impls, summ, status, markdown):
    head = ["program", "impl", "wall s", "/cpy", "/pypy", "steady s", "/cpy", "/pypy", "1st rep s", "check"]
    rows = []
    for name, _ in progs:
        cpy = summ.get((name, "cpython"))
        pypy = summ.get((name, "pypy"))
        for impl, _ in impls:
            s = summ.get((name, impl))
            if s is None:
                continue
            rows.append([name, impl,
                         fmt(s["wall"]), ratio(s["wall"], cpy and cpy["wall"]), ratio(s["wall"], pypy and pypy["wall"]),
                         fmt(s["steady"]), ratio(s["steady"], cpy and cpy["steady"]),
                         ratio(s["steady"], pypy and pypy["steady"]),
                         fmt(s["first"]), status[(name, impl)]])
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(x[i]) for x in [head] + rows) for i in range(len(head))]
    left = (0, 1, len(head) - 1)

    def line(cells):
        return "  ".join(c.ljust(w) if i in left else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))).rstrip()
    out = [line(head), "  ".join("-" * w for w in widths)]
    prev = None
    for r in rows:
        if prev is not None and r[0] != prev:
            out.append("")
        out.append(line(r))
        prev = r[0]
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--runs", type=int, default=3, help="whole-process runs per program and implementation (default 3)")
    ap.add_argument("-b", "--bench", default="", help="comma-separated names of programs in benchmarks/programs (default: all)")
    ap.add_argument("--program", action="append", default=[], metavar="PATH.py",
                    help="also (or instead) run this program file; repeatable")
    ap.add_argument("--warmup", type=int, default=None, metavar="K",
                    help="repetitions discarded as warm-up before the steady state (default: the first half)")
    ap.add_argument("--reps", type=int, default=None, help="override REPS of every program")
    ap.add_argument("--size", type=int, default=None, metavar="N", help="override N of every program")
    ap.add_argument("--cellpy", default=None, metavar="CMD", help="cellpy command (default: bin/cellpy of this repository)")
    ap.add_argument("--python", default=None, metavar="CMD", help="CPython command (default: python3)")
    ap.add_argument("--pypy", default=None, metavar="CMD", help="PyPy command (default: pypy3)")
    ap.add_argument("-i", "--impls", default="", help="comma-separated subset of cellpy,cpython,pypy")
    ap.add_argument("--timeout", type=float, default=600, help="per-process timeout in seconds (default 600)")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument("--json", default=None, metavar="FILE", help="also write every run and the summary to FILE")
    args = ap.parse_args()
    if args.runs < 1:
        raise SystemExit("run.py: --runs must be at least 1")
    if args.warmup is not None and args.warmup < 0:
        raise SystemExit("run.py: --warmup must be >= 0")

    progs = find_programs(args)
    impls = find_impls(args)
    if not progs or not impls:
        raise SystemExit("run.py: nothing to run")
    tmpdir = tempfile.mkdtemp(prefix="cellpy-bench-")
    try:
        cmds = {name: program_argv(path, args.size, args.reps, tmpdir) for name, path in progs}
        for name, argv in impls:
            if name == "cellpy":
                # build (if sources changed) and start once outside the measurements
                p = subprocess.run(argv + ["-c", "pass"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                err = p.stderr.decode(errors="replace").strip()
                if p.returncode != 0:
                    raise SystemExit("run.py: %s -c pass failed (%d): %s" % (" ".join(argv), p.returncode, err))
                if err:
                    log("# cellpy: " + err.splitlines()[-1])
        log("# implementations: " + "; ".join("%s = %s" % (n, " ".join(a)) for n, a in impls))
        log("# %d program(s) x %d implementation(s) x %d run(s)" % (len(progs), len(impls), args.runs))

        results = {}
        for rnd in range(args.runs):
            for name, _ in progs:
                for impl, argv in impls:
                    r = run_once(argv + cmds[name], args.timeout)
                    results.setdefault((name, impl), []).append(r)
                    half = r["reps"][len(r["reps"]) // 2:]
                    log("[run %d] %-20s %-8s wall %7.2fs  steady %-9s checksum %s %s" % (
                        rnd + 1, name, impl, r["wall"], fmt(med(half)), r["checksum"], "; ".join(r["errors"])))
                    if r["errors"] and r["stderr"]:
                        log("    stderr: " + r["stderr"].strip().replace("\n", "\n    "))
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)

    summ = {k: summarize(v, args.warmup) for k, v in results.items()}
    status, problems = {}, []
    for name, _ in progs:
        ref = None
        for impl in ["cpython"] + [n for n, _ in impls]:
            s = summ.get((name, impl))
            if s and len(s["checksums"]) == 1 and not s["errors"]:
                ref = s["checksums"]
                break
        for impl, _ in impls:
            s = summ[(name, impl)]
            if s["errors"]:
                st = "ERROR"
                problems.append("%s on %s: %s" % (name, impl, "; ".join(s["errors"])))
            elif len(s["checksums"]) != 1:
                st = "VARIES"
                problems.append("%s on %s: checksum differs between runs: %s" % (name, impl, ", ".join(s["checksums"])))
            elif s["checksums"] != ref:
                st = "MISMATCH"
                problems.append("%s on %s: checksum %s, expected %s" % (name, impl, s["checksums"][0], ref[0] if ref else "?"))
            elif s["steady"] != s["steady"]:
                st = "ok (no steady reps)"
            else:
                st = "ok"
            status[(name, impl)] = st

    warm = ("the first %d reps" % args.warmup) if args.warmup is not None else "the first half of the reps"
    print(("Medians over %d run(s) per cell. wall = whole process; steady = time per repetition after %s; "
           "1st rep = the first repetition; /cpy, /pypy = ratio to CPython, PyPy.") % (args.runs, warm))
    print()
    print(table(progs, impls, summ, status, args.markdown))
    print()
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
    else:
        print("All implementations printed the same checksum.")

    if args.json:
        with open(args.json, "w") as f:
            json.dump({"date": time.strftime("%Y-%m-%d %H:%M:%S"), "runs": args.runs, "warmup": args.warmup,
                       "impls": dict(impls), "programs": dict(progs),
                       "raw": {"%s/%s" % k: v for k, v in results.items()},
                       "summary": {"%s/%s" % k: v for k, v in summ.items()}}, f, indent=1)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
