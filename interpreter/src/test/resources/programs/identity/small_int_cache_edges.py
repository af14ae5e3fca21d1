# small-int cache edges
a = 256
b = int("256")
print(a is b)
c = 257
d = int("257")
print(c is d)
e = -5
print(e is int("-5"), -6 is int("-6"))
x = 250
for i in range(10):
    x += 1
print(x, x is 260 - 0, (x - 4) is int("256"), (x - 3) is int("257"))
print(sum([100, 156]) is 256, len("a" * 300) is 300)
l = list(range(250, 260))
print([v is int(str(v)) for v in l])
