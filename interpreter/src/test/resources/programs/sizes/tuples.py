# tuple: 40 bytes (GC header included) plus 8 per item; () is a shared singleton of 40 bytes.
import sys

print([sys.getsizeof(tuple(range(n))) for n in range(8)])
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)))
print(sys.getsizeof(((1, 2), (3, 4))), sys.getsizeof(tuple("abcdefghij")))
