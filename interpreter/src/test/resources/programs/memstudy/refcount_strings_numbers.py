# sys.getrefcount of numbers and strings: small ints, big ints, interned names, computed strings.
import sys

def rc(o):
    return sys.getrefcount(o)

big = 10 ** 20
print("big int", rc(big))
big2 = big
print("big int aliased", rc(big))
f = 2.5
print("float", rc(f))
s = "hello"
print("literal str", rc(s))
t = "".join(["hel", "lo"])
print("joined str", rc(t), t == s, t is s)
u = sys.intern(t)
print("interned", u is s, rc(t))
e = ""
nums = [big] * 5
print("big int in list *5", rc(big))
del nums
print("after del", rc(big))
key = "k" + str(42)
d = {key: key}
print("key and value", rc(key))
d.clear()
print("after clear", rc(key))
tup = (1, 2, 3)
print("const tuple", rc(tup))
tup2 = tuple([1, 2, 3])
print("built tuple", rc(tup2))
print("bytes", rc(b"xyz"), rc(bytes([1, 2, 3])))
