# float and tuple free lists seen through id() reuse
x = 1.5 * 2
i = id(x)
del x
y = 2.5 * 3
print(id(y) == i)
t = (1, [2])
j = id(t)
del t
u = (3, [4])
print(id(u) == j)
v = (5, [6], 7)
print(id(v) == j)
l = [1.0 + i for i in range(5)]
ids = [id(f) for f in l]
del l
m = [2.0 + i for i in range(5)]
print(sorted(id(f) for f in m) == sorted(ids), [id(f) for f in m] == ids[::-1])
