# which computed strings are the same object
import sys
a = "hello"
b = "hel" + "lo"
c = "".join(["hel", "lo"])
print(a is b, a is c, a is sys.intern(c))
print("x y" is "x y", "x" * 3 is "xxx")
s1 = str(100)
s2 = str(100)
print(s1 is s2, s1 == s2)
print(chr(65) is "A", "a"[0] is "a", "ab"[1] is "b", str("z") is "z")
def f():
    return "ident_like"
def g():
    return "ident_like"
print(f() is g())
d = {"key": 1}
k = list(d)[0]
print(k is "key")
print(sys.intern("not ident!") is sys.intern("not " + "ident!"))
n = "name"
print(getattr(type("T", (), {"name": 1}), n), "name" is n)
