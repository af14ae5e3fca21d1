# ASCII strings grow by one byte per character.
import sys

print([(n, sys.getsizeof("x" * n)) for n in (0, 1, 2, 7, 8, 9, 15, 16, 100, 1000)])
print(sys.getsizeof("hello world"), sys.getsizeof("hello" + " " + "world"))
print(sys.getsizeof(str(12345)), sys.getsizeof(repr(1.5)))
