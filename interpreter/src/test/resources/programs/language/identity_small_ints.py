# is versus ==: small int caching (-5..256), ints made at run time, strings interned or not,
# None/True/False singletons, empty tuples, list copies, and id() of live objects.
a = 256
b = 256
print(a is b, a == b)
x = int("257")
y = int("257")
print(x is y, x == y)
m = int("-5")
n = int("-5")
print(m is n)
p = int("-6")
q = int("-6")
print(p is q)
print(sum([100, 156]) is 256, sum([100, 157]) is 257)
i = 0
for _ in range(300):
    i += 1
print(i, i is 300, i == 300)
s1 = "hello"
s2 = "hello"
print(s1 is s2)
s3 = "".join(["hel", "lo"])
print(s3 == s1, s3 is s1, s3 is __import__("sys").intern(s3))
print(() is (), tuple() is (), "" is str(), frozenset() is frozenset())
l1 = [1, 2]
l2 = l1
l3 = list(l1)
l4 = l1[:]
print(l1 is l2, l1 is l3, l1 == l3, l1 is l4)
l2.append(3)
print(l1, l3)
print(None is None, type(None)() is None, bool() is False, (1 == 1) is True, not None is True)
print(id(l1) == id(l2), id(l1) == id(l3))
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested, nested[0] is nested[1])
fixed = [[0] * 2 for _ in range(2)]
fixed[0][0] = 1
print(fixed)
t = (1, [2])
t[1].append(3)
print(t)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
print(float("nan") is float("nan"), 1.0 == 1, 1.0 is 1, 0 == False, 0 is False)
u = [float("nan")]
print(u == u, u[0] == u[0], u[0] in u)


def default_trap(item, bucket=[]):
    bucket.append(item)
    return bucket


print(default_trap(1), default_trap(2), default_trap(3, []))


def default_fix(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(default_fix(1), default_fix(2))
