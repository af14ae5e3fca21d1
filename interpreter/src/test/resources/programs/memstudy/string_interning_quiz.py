# String interning: which strings are the same object?
import sys

a = "hello"
b = "hello"
print("'hello' literals:", a is b)
a = "hello world"
b = "hello world"
print("'hello world' literals (same code):", a is b)

def f():
    return "hello world"

def g():
    return "hello world"

print("across functions:", f() is g())
a = "hello_world"
b = "hello" + "_world"
print("constant folded concat:", a is b)
part = "hello"
c = part + "_world"
print("runtime concat is literal:", c is a, c == a)
print("after sys.intern:", sys.intern(c) is a)
d = "".join(["hel", "lo"])
print("join result is part:", d is part)
print("interned join:", sys.intern(d) is part)
e = "a" * 20
e2 = "aaaaaaaaaaaaaaaaaaaa"
print("'a' * 20 folded:", e is e2)
x = "a"
print("one-char strings:", x * 1 is x, chr(97) is x, "abc"[0] is x)
empty = ""
print("empty strings:", empty is str(), "abc"[3:] is empty)
s1 = "not an identifier!"
s2 = "not an identifier!"
print("non-identifier literal in module:", s1 is s2)
names = ["spam", "spam"]
print("identical literals in a list:", names[0] is names[1])
print("attribute names interned:", "__init__" is sys.intern("__" + "init__"))
print("str() of int:", str(12) is str(12))
key = "key"
print("interned dict keys:", list({"key": 1})[0] is key)
w = sys.intern("some long string with spaces " + str(len(a)))
w2 = sys.intern("some long string with spaces " + str(len(b)))
print("sys.intern dynamic:", w is w2)
