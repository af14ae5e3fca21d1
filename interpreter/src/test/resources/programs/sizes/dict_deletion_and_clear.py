# Deleting keys never shrinks a dict's table; clear() returns it to the empty size; copies are
# sized for their contents.
import sys

d = {"k%d" % i: i for i in range(30)}
print(len(d), sys.getsizeof(d))
for k in list(d)[:28]:
    del d[k]
print(len(d), sys.getsizeof(d))
print("copy:", sys.getsizeof(d.copy()), "dict(d):", sys.getsizeof(dict(d)))
d.clear()
print("clear:", sys.getsizeof(d))
print("{}:", sys.getsizeof({}), "dict():", sys.getsizeof(dict()), "dict(a=1):", sys.getsizeof(dict(a=1)))
