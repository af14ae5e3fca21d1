# id() reuse after free for lists, dicts and instances
a = [1]
i = id(a)
del a
b = [2]
print(id(b) == i)
d = {"x": 1}
j = id(d)
del d
e = {"y": 2}
print(id(e) == j)
class C:
    pass
c = C()
k = id(c)
del c
c2 = C()
print(id(c2) == k)
print(id([]) == id([]), id({}) == id({}), id(object()) == id(object()))
