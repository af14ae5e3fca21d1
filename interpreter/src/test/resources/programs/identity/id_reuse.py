# id() is the address: after an object is freed, the next object of the same size often gets the
# same memory, so its id equals the dead one's. Live objects never share an id.
a = object()
first = id(a)
del a
b = object()
print(id(b) == first)
print(id([]) == id([]))
x = [1]
y = [1]
print(id(x) == id(y), x == y)
print(len({id(o) for o in [object() for _ in range(100)]}))
