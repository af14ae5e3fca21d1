# A dict whose keys are all strs uses the compact unicode entry (16 bytes), one
# non-str key switches it to the general entry (24 bytes): the sizes of dicts
# built with str keys, int keys, then mixed, and when the switch happens.
import sys

def size_row(label, d):
    print(f"{label:<32} len={len(d):<3} size={sys.getsizeof(d)}")

for n in (1, 5, 6, 8, 11, 20):
    size_row(f"{n} str keys", {f"k{i}": i for i in range(n)})
    size_row(f"{n} int keys", {i: i for i in range(n)})

d = {"a": 1, "b": 2, "c": 3}
size_row("three str keys", d)
d[4] = 4
size_row("then an int key", d)
del d[4]
size_row("int key deleted", d)
size_row("copy after deletion", d.copy())
size_row("dict(d) after deletion", dict(d))

d = {"a": 1}
d[("t", 1)] = 2
size_row("str then tuple key", d)

class Key(str):
    pass
d = {Key("x"): 1, "y": 2}
size_row("str subclass key", d)
d = dict.fromkeys("abcdef")
size_row("fromkeys six chars", d)
d = dict.fromkeys(range(6))
size_row("fromkeys range(6)", d)
d = dict(zip("abcdefgh", range(8)))
size_row("zip of eight", d)
d = {}
for i in range(12):
    d[str(i)] = i
    if i in (4, 5, 10, 11):
        size_row(f"grown to {i + 1} str keys", d)
d = {}
for i in range(12):
    d[i] = i
    if i in (4, 5, 10, 11):
        size_row(f"grown to {i + 1} int keys", d)
d.clear()
size_row("cleared", d)
