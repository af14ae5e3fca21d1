# Which str methods give back the same object and which a new one (identity and sizes).
import sys

s = "memory"
checks = {
    "strip no-op": s.strip(),
    "lower no-op": s.lower(),
    "replace missing": s.replace("zz", "y"),
    "ljust short": s.ljust(3),
    "center same": s.center(6),
    "zfill short": s.zfill(2),
    "expandtabs": s.expandtabs(),
    "split item": s.split()[0],
    "partition head": s.partition("x")[0],
    "join one": "".join([s]),
    "format": "{}".format(s),
    "removeprefix none": s.removeprefix("x"),
    "removesuffix none": s.removesuffix("x"),
    "translate identity": s.translate({}),
    "str()": str(s),
    "slice whole": s[:],
    "slice step 1": s[::1],
}
for name, value in checks.items():
    print(f"{name:20s} same={value is s}")
u = "Memory"
print("lower changes:", u.lower() is u, sys.getsizeof(u.lower()) == sys.getsizeof(u))
print("title:", s.title(), sys.getsizeof(s.title()) == sys.getsizeof(s))
w = "memory\u20ac"
print("wide strip no-op:", w.strip() is w, "wide slice narrow:", sys.getsizeof(w[:6]) == sys.getsizeof(s))
print("encode ascii roundtrip new:", s.encode().decode() is s, s.encode().decode() == s)
print("sizes:", sys.getsizeof(s), sys.getsizeof(s * 2), sys.getsizeof(s + "!"))
