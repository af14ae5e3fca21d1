# The "is" quiz people write about CPython: small ints from arithmetic, ints from
# parsing, constants shared inside one function, floats and tuples of constants.
def quiz():
    a = 256
    b = 255 + 1
    print("256 from arithmetic:", a is b)
    c = 257
    d = 256 + 1
    print("257 folded in one code object:", c is d)
    e = int("257")
    print("257 parsed:", c is e)
    f = int("256")
    print("256 parsed:", a is f)
    n = -5
    m = int("-5")
    print("-5 parsed:", n is m, int("-6") is int("-6"))
    x = 1000
    y = 10 ** 3
    print("10**3 folded:", x is y)
    t1 = (1, 2, 3)
    t2 = (1, 2, 3)
    print("equal tuple constants:", t1 is t2)
    l1 = [1, 2]
    l2 = [1, 2]
    print("equal lists:", l1 is l2)
    s1 = 1.5
    s2 = 1.5
    print("float constants:", s1 is s2, float("1.5") is s1)
    big1 = 2 ** 64
    big2 = 2 ** 64
    print("folded big ints:", big1 is big2)
    counter = 0
    for _ in range(300):
        counter += 1
    print("counted to 300:", counter is 300, counter == 300)
    small = 0
    for _ in range(100):
        small += 1
    print("counted to 100:", small is 100)

quiz()
values = [i for i in range(250, 262)]
again = [i for i in range(250, 262)]
print([v is w for v, w in zip(values, again)])
print(True is (1 == 1), None is None, ... is Ellipsis, NotImplemented is NotImplemented)
