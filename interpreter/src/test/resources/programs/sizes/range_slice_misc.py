# range, slice, None, Ellipsis, NotImplemented.
import sys

print("range", sys.getsizeof(range(10)), sys.getsizeof(range(10 ** 30)))
print("slice", sys.getsizeof(slice(1, 2)), sys.getsizeof(slice(None)))
print("None", sys.getsizeof(None), "Ellipsis", sys.getsizeof(...),
      "NotImplemented", sys.getsizeof(NotImplemented))
print("True", sys.getsizeof(True), "False", sys.getsizeof(False))
