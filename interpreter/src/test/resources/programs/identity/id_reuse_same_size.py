# a freed object's address may be reused by the next object of the same size
class A: pass
a = A()
addr = id(a)
del a
b = A()
print(id(b) == addr)
x = [1]
i1 = id(x)
del x
y = [2]
print(id(y) == i1)
print(id(object()) == id(object()))
