# getsizeof calls __sizeof__ and adds the 16-byte GC header for GC-tracked types; a class can
# define __sizeof__; bad results are errors.
import sys

print([].__sizeof__(), sys.getsizeof([]))
print((1, 2).__sizeof__(), sys.getsizeof((1, 2)))
print((5).__sizeof__(), sys.getsizeof(5))
print(object().__sizeof__(), sys.getsizeof(object()))

class Big:
    def __sizeof__(self):
        return 1000

print(sys.getsizeof(Big()))

class Negative:
    def __sizeof__(self):
        return -1

class NotInt:
    def __sizeof__(self):
        return "many"

for cls in (Negative, NotInt):
    try:
        sys.getsizeof(cls())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sys.getsizeof(NotInt(), "default"))
