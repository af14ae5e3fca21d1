# Containers, second pass: str and bytes methods, each statement timed with time.perf_counter
# (5 warm-up calls, then the best of 15); prints one line per operation, milliseconds. Run under
# ./pyheap run and python3 back to back (bench/README.md, "Containers, second pass").
import time, random
random.seed(1)
words = [str(random.randrange(10**6)) for _ in range(10_000)]
line = " ".join(words)
csv = ",".join(words)
blist = [w.encode() for w in words]

def bench(name, f):
    for _ in range(5):
        f()
    best = float("inf")
    for _ in range(15):
        t = time.perf_counter()
        f()
        best = min(best, time.perf_counter() - t)
    print(f"{name:28} {best * 1000:9.3f}")

def fstrings():
    for i in range(10_000):
        f"{i} and {i + 1}: {words[i]}!"
def formats():
    for i in range(10_000):
        "{} and {}: {}!".format(i, i + 1, words[i])
def percent():
    for i in range(10_000):
        "%d and %d: %s!" % (i, i + 1, words[i])
def concat():
    s = ""
    for w in words:
        s += w
def str_in_loop():
    n = 0
    for w in words:
        if "7" in w:
            n += 1

bench('",".join(10k strs)', lambda: ",".join(words))
bench('"".join(10k strs)', lambda: "".join(words))
bench('" ".join(gen)', lambda: " ".join(w for w in words))
bench('b",".join(10k bytes)', lambda: b",".join(blist))
bench("line.split()", lambda: line.split())
bench('csv.split(",")', lambda: csv.split(","))
bench("line.splitlines-ish", lambda: line.replace(" ", "\n").splitlines())
bench("str.replace", lambda: line.replace("1", "one"))
bench("str.upper", lambda: line.upper())
bench("str.find (miss)", lambda: line.find("xyz"))
bench("str.count", lambda: line.count("1"))
bench("f-string x10k", fstrings)
bench("str.format x10k", formats)
bench("% format x10k", percent)
bench("s += w x10k", concat)
bench('"7" in w x10k', str_in_loop)
bench("str(int) x10k", lambda: [str(i) for i in range(10_000)])
