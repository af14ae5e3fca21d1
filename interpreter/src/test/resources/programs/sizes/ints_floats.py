# int sizes by magnitude, floats, bool, None, complex
import sys
for n in [0, 1, -1, 2**29, 2**30, 2**60, 2**90, -(2**100), 10**100]:
    print(n.bit_length(), sys.getsizeof(n))
print(sys.getsizeof(1.5), sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(None), sys.getsizeof(1j))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)))
print(sys.getsizeof(range(10)), sys.getsizeof(slice(1, 2)), sys.getsizeof(object()))
