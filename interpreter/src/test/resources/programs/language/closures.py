# Inner functions capture variables of the enclosing function in cells, which live on after the
# enclosing call returns; nonlocal rebinds them.
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
print(c1.__code__.co_freevars, c1.__closure__[0].cell_contents)

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(1, 4)]

print([m(10) for m in make_multipliers()])
