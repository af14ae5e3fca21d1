# dis.dis of compiled source, functions (loops, jumps, try/except with its exception table,
# closures, comprehensions, f-strings, calls with keywords), nested code objects and depth=.
# Nested code objects are printed with their address, masked here.
import dis, io, re

def show(x, **kw):
    out = io.StringIO()
    dis.dis(x, file=out, **kw)
    print(re.sub(r" at 0x[0-9a-f]+", " at 0x?", out.getvalue()), end="")

dis.dis(compile("counter += 1", "<s>", "exec"))
dis.dis(compile("L.append(x)", "<s>", "exec"))

def loop(items, limit=3):
    total = 0
    for i, item in enumerate(items):
        if i >= limit:
            break
        total += item * 2
    else:
        total = -1
    while total > 100:
        total //= 2
    return total

def guarded(d, key):
    try:
        value = d[key]
    except KeyError as e:
        print("missing", e)
        return None
    finally:
        d.clear()
    return value

def outer(n):
    def inner(k):
        return n + k
    squares = [inner(x) ** 2 for x in range(n) if x % 2]
    return f"{n!r:>5} {squares} {n:{n}}", sorted(squares, key=lambda v: -v, reverse=True)

show(loop)
show(guarded)
show(outer)
print("--- depth=0")
show(outer, depth=0)
print("--- source string")
show("a, *b = c if d else e; del a; import os.path as p; from sys import argv")
