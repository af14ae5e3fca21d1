# How a list is built decides its capacity: [x] * n and a display of variables allocate exactly
# n slots; list(sized), [].extend(sized) and a display of three or more constants (compiled as an
# empty list extended by a constant tuple) round n up to even; a comprehension grows by appending.
import sys

a, b, c = object(), object(), object()
for n in range(7):
    print(n, sys.getsizeof([None] * n), sys.getsizeof(list(range(n))),
          sys.getsizeof([i for i in range(n)]))
print("[a, b, c]", sys.getsizeof([a, b, c]))
print("[1, 2, 3]", sys.getsizeof([1, 2, 3]))
print("[1, 2]", sys.getsizeof([1, 2]))
e = []
e.extend((1, 2, 3, 4, 5))
print("[].extend(5 items)", sys.getsizeof(e))
print("list('abcde')", sys.getsizeof(list("abcde")))
print("[*range(5)]", sys.getsizeof([*range(5)]))
