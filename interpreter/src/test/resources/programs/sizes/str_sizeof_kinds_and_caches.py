# str sizes of every kind compared by sys.getsizeof and str.__sizeof__ (getsizeof adds nothing:
# str is not a GC object): compact ASCII (48 + n + 1), compact latin-1, UCS-2 and UCS-4
# (72 + (n + 1) * char size), no UTF-8 copy kept after setattr, keyword names or encode() (see
# str_utf8_cache_class_name for one that is), and str subclasses (not compact: a separate data
# block, plus the GC header).
import sys


def show(label, s):
    print(f"{label:28} len={len(s):3} getsizeof={sys.getsizeof(s):4} __sizeof__={s.__sizeof__():4}")


show("empty", "")
show("ascii 1", "a")
show("ascii 10", "abcdefghij")
show("latin-1 1", "é")
show("latin-1 10", "é" * 10)
show("ucs-2 1", "\u20ac")
show("ucs-2 10", "\u20ac" * 10)
show("ucs-4 1", "\U0001f600")
show("ucs-4 10", "\U0001f600" * 10)
show("mixed ascii+ucs-4", "abc\U0001f600")

n = 7
for ch in ("x", "\xe9", "\u0416", "\U00010348"):
    s = ch * n
    s2 = s + ch
    print(f"U+{ord(ch):05X}: one more char adds {sys.getsizeof(s2) - sys.getsizeof(s)} bytes")

# the UTF-8 cache: a non-ASCII str used as an attribute name gets its UTF-8 form cached
name = "".join(["na", "\xefve"])
before = sys.getsizeof(name)


class Box:
    pass


box = Box()
setattr(box, name, 1)
print("attribute name, before:", before, "after:", sys.getsizeof(name))


def f(**kw):
    return kw


key = "".join(["cl", "\xe9"])
before = sys.getsizeof(key)
f(**{key: 1})
print("keyword name, before:", before, "after:", sys.getsizeof(key))
encoded = key.encode("utf-8")
print("encode() does not cache:", sys.getsizeof(key) == before, len(encoded))



class S(str):
    pass


sub = S("abc")
print("str subclass 'abc':", sys.getsizeof(sub), "plain:", sys.getsizeof("abc"))
sub.note = "x"
print("with an instance dict entry:", sys.getsizeof(sub))
print("subclass of 10 ucs-2 chars:", sys.getsizeof(S("\u20ac" * 10)))
print("ascii vs latin-1 overhead:", sys.getsizeof("\xe9") - sys.getsizeof("a"))
