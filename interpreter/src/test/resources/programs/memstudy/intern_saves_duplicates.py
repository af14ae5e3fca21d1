# Many equal strs read from data are separate objects; sys.intern makes
# them one, and the saving shows in a getsizeof total over distinct objects;
# dict keys built from the same text share objects only when interned.
import sys

lines = [f"status={'ok' if i % 3 else 'error'},region=eu-west-{i % 2}" for i in range(300)]

def parse(line, intern):
    fields = {}
    for part in line.split(","):
        k, v = part.split("=")
        if intern:
            k, v = sys.intern(k), sys.intern(v)
        fields[k] = v
    return fields

def distinct_bytes(records):
    seen = {}
    for rec in records:
        for k, v in rec.items():
            seen[id(k)] = sys.getsizeof(k)
            seen[id(v)] = sys.getsizeof(v)
    return len(seen), sum(seen.values())

plain = [parse(l, False) for l in lines]
interned = [parse(l, True) for l in lines]
print("plain:    distinct objects=%d bytes=%d" % distinct_bytes(plain))
print("interned: distinct objects=%d bytes=%d" % distinct_bytes(interned))
print("values equal:", plain == interned)
print("same object across records:", plain[1]["status"] is plain[2]["status"], interned[1]["status"] is interned[2]["status"])
print("keys: split results are new strs:", plain[0].keys() == plain[1].keys(), list(plain[0])[0] is list(plain[1])[0])
print("identifier-like literal already interned:", sys.intern("status") is "status")
w1 = "".join(["eu-west", "-1"])
print("intern returns the first:", sys.intern(w1) is interned[1]["region"])
try:
    sys.intern(b"bytes")
except TypeError as e:
    print("TypeError:", e)
