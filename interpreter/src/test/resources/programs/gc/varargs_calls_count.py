# Calls CPython makes through METH_VARARGS (str.format, str.find/count/startswith, set.union,
# dict.update, min/max) pack their positionals into a tuple and keywords into a dict; after a full
# collection the first such tuple or dict is a new object (later ones come from the free lists),
# while vectorcall functions (len, sorted without keywords, a key function's calls) pack nothing.
# collectors: generational
import gc
g = gc.get_count
L = [3, 1, 2]
D = {"a": 1}
S = {1}
results = []
def measure(name, fn):
    out = []
    gc.collect()
    for i in (0, 1, 2):
        a = g()[0]
        fn()
        b = g()[0]
        out.append(b - a)
    results.append((name, out))
measure("format", lambda: "{} {}".format(1, 2))
measure("format kw", lambda: "{a}".format(a=1))
measure("find", lambda: "abc".find("b"))
measure("startswith", lambda: "abc".startswith("a"))
measure("count", lambda: "abcb".count("b", 1))
measure("set.union", lambda: S.union([2]))
measure("dict.update kw", lambda: D.update(b=2))
measure("max", lambda: max(L))
measure("min key", lambda: min(L, key=lambda x: -x))
measure("max two", lambda: max(1, 2))
measure("len", lambda: len(L))
measure("map", lambda: sum(map(abs, L)))
for name, out in results:
    print(name, out)
