# sys.intern and identity tricks in practice: keys read from text become the same
# objects after interning, identifiers are interned, computed strs are not.
import sys

text = "id,name,email\n1,ada,a@x\n2,bob,b@x\n3,cyd,c@x"
lines = text.split("\n")
header = lines[0].split(",")
rows = [dict(zip(line.split(","), line.split(","))) for line in lines[1:]]
raw_keys = [line.split(",")[1] for line in lines[1:]]
print("split results identical:", raw_keys[0] is "ada")
interned = [sys.intern(k) for k in raw_keys]
print("interned is literal:", interned[0] is "ada", interned[1] is "bob")
keys = [sys.intern(h) for h in header]
keys2 = [sys.intern(h) for h in "id,name,email".split(",")]
print("interned twice:", all(a is b for a, b in zip(keys, keys2)))
attr = "na" + "me"
print("folded constant:", attr is "name")
n = "na"
dyn = n + "me"
print("built at run time:", dyn is "name", sys.intern(dyn) is "name")

class Record:
    pass
r = Record()
setattr(r, dyn, 1)
print("attribute name interned:", next(iter(vars(r))) is "name")
d = {dyn: 1}
print("dict key not interned:", next(iter(d)) is "name")
s1 = "hello world"
s2 = "hello world"
print("same constant in one code object:", s1 is s2)
ns = {}
exec("a = 'hello world'", ns)
print("other code object:", ns["a"] is s1)
print("identifier-like constant:", ns.get("a") == s1)
exec("b = 'hello_world'", ns)
print("identifier-like interned:", ns["b"] is "hello_world")
print("empty and one char:", "".join([]) is "", chr(97) is "a", "abc"[1] is "b")
print(sys.intern("x" * 3) is "xxx", "x" * 3 is "xxx")
big = "x" * 5000
print("long folded?", big is "x" * 5000)
try:
    sys.intern(b"bytes")
except TypeError as e:
    print("TypeError:", e)
