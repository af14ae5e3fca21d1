# sys.getsizeof of tuples made by +, *, slicing and tuple()
import sys
t = (1, 2, 3)
print(sys.getsizeof(t + (4,)), sys.getsizeof(t * 3), sys.getsizeof(t[1:]), sys.getsizeof(tuple([1, 2])))
print(sys.getsizeof(tuple(range(100))), sys.getsizeof(tuple(x for x in range(5))), sys.getsizeof(t[:]) == sys.getsizeof(t), t[:] is t)
e = ()
print(sys.getsizeof(e), e is tuple(), tuple([]) is e)
