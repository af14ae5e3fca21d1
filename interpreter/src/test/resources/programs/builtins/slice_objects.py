# slice objects, indices() and slicing of lists, strings and tuples with steps.
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-3, None).indices(10))
L = list(range(10))
print(L[s], L[::-1], L[-3:], L[:-7], L[8:2:-2], L[100:], "abcdef"[s], (1, 2, 3, 4)[::2])
L[slice(0, 3)] = ["x"]
print(L)
print(slice(1, 2) == slice(1, 2), repr(slice(None, None, -1)))
