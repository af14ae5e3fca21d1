# Identity of strs built at run time: parsed keys, sys.intern, and what dict lookups compare first.
import sys
import json

doc = json.loads('[{"name": "a", "kind": "x"}, {"name": "b", "kind": "x"}]')
k0 = list(doc[0])[0]
k1 = list(doc[1])[0]
print("json keys equal", k0 == k1, "same object", k0 is k1)
print("json values 'x' same", doc[0]["kind"] is doc[1]["kind"])
built = "".join(["na", "me"])
print("joined equals literal", built == "name", built is "name")
print("interned joined is literal", sys.intern(built) is "name")
line = "alpha,beta,alpha"
parts = line.split(",")
print("split parts equal", parts[0] == parts[2], parts[0] is parts[2])
ip = [sys.intern(p) for p in parts]
print("after intern", ip[0] is ip[2])
print("single chars cached", parts[0][0] is "a", line[6] is "b")
s = "hello world"
print("slices", s[:5] is s[:5], s[0:1] is s[0:1], s[:] is s)
print("upper of upper", s.upper().upper() is s.upper())
num = str(12345)
print("str(int) new each time", num is str(12345), str(5) is str(5))
print("identifier-like literals interned", "hello_world" is "hello_" + "world")
print("non identifiers constant-folded", "hello world!" is "hello world!")
d = {built: 1}
print("lookup with other equal str", d["name"], d[sys.intern("".join(["n", "ame"]))])
print("intern of non-exact str rejected:")
class S(str):
    pass
try:
    sys.intern(S("x"))
except TypeError as e:
    print("TypeError:", e)
