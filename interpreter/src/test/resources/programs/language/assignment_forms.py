# Chained, tuple, nested and starred unpacking, augmented and slice assignment.
a = b = c = 0
x, y = 1, 2
x, y = y, x
print(a, b, c, x, y)
(p, q), r = (1, 2), 3
first, *middle, last = range(6)
*init, tail = "abc"
print(p, q, r, first, middle, last, init, tail)
n = 5
n += 2
n *= 3
n //= 4
n **= 2
n %= 7
n <<= 3
n |= 1
print(n)
L = [0, 1, 2, 3, 4]
L[1:3] = ["a", "b", "c"]
print(L)
L[::2] = [9, 9, 9]
print(L)
L[:] = []
print(L)
s = "ab"
s *= 3
print(s)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
