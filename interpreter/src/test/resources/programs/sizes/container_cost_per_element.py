# Which container holds 1000 small ints in the least memory: list, tuple,
# set, frozenset, dict (keys and values), array of each width, bytes,
# range; the container's own getsizeof and the cost per element.
import array
import sys

N = 1000
values = list(range(N))
containers = [
    ("list", list(values)),
    ("list comprehension", [v for v in values]),
    ("tuple", tuple(values)),
    ("set", set(values)),
    ("frozenset", frozenset(values)),
    ("dict keys->None", dict.fromkeys(values)),
    ("dict comprehension", {v: v for v in values}),
    ("array('b') needs small", array.array("h", values)),
    ("array('i')", array.array("i", values)),
    ("array('q')", array.array("q", values)),
    ("bytes of v % 256", bytes(v % 256 for v in values)),
    ("range", range(N)),
]
for label, c in containers:
    size = sys.getsizeof(c)
    print(f"{label:<24} {size:>6} bytes  {size / N:6.2f} per element")
print("the ints themselves:", sum(sys.getsizeof(v) for v in values), "(small ones are shared)")
text = "line one\nline two ☃\nline three 😀\n" * 10
lines = text.splitlines()
print("whole text:", len(text), sys.getsizeof(text))
print("line kinds:", sorted({sys.getsizeof(l) - len(l) for l in lines}))
print("per line:", [sys.getsizeof(l) for l in lines[:3]])
ascii_part = text.encode("ascii", "ignore").decode()
print("ascii only:", len(ascii_part), sys.getsizeof(ascii_part))
