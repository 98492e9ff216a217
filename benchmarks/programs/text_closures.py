# text_closures: closures that work on text. A tagger closes over its prefix and
# width, a counter over its dict; each round indexes and slices words, lowers
# and tests them, builds keys and lines by concatenation, f-strings and join,
# splits and searches them, and converts between str and int.
# The mechanism: str operations done in compiled code or behind one call each.
import sys
import time

N = 20000       # rounds per run()
REPS = 20       # repetitions of run(N); steady state = later reps

if len(sys.argv) > 1:
    N = int(sys.argv[1])
if len(sys.argv) > 2:
    REPS = int(sys.argv[2])

WORDS = "the quick brown Fox jumps over the lazy dog while Seven wise Owls watch".split()


def make_tagger(prefix, width):
    def tag(w):
        return f"{prefix}{w[:width]}"
    return tag


def make_counter():
    counts = {}

    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    return count, counts


def run(n):
    tag = make_tagger("w:", 3)
    count, counts = make_counter()
    total = 0
    for r in range(n):
        w = WORDS[r % len(WORDS)]
        lw = w.lower()
        if lw.startswith("t") or lw.endswith("s"):
            total += count(lw)
        t = tag(lw)
        total += len(t) + ord(t[-1]) % 7
        key = lw[0] + str(len(lw))
        total += count(key) % 5
        line = " ".join([w, key, str(r % 10)])
        total += len(line.split()) + line.find("o")
        total += int(line[-1]) + int(str(r % 1000)) % 13
    return total + len(counts)


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
