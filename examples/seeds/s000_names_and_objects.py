# Article: 000, "Memory management in Python" (GeeksforGeeks): names, objects, stack and heap.
# Watch: y = x makes no copy, both names refer to one int object; x += 1 binds x to a new object
# and y keeps 10; a function's locals live in its frame while the objects they name are on the heap.
import sys

x = 10
y = x
if id(x) == id(y):
    print("x and y refer to the same object")

x += 1
if id(x) != id(y):
    print("x and y do not refer to the same object")
print("x =", x, "y =", y)


def func():
    # the names a, b and c live in the frame (the article's "stack"), the objects on the heap
    a = 20
    b = []
    c = ""
    return sorted(locals()), sys.getsizeof(b), sys.getsizeof(c)


print("func's locals and the sizes of [] and '':", func())

# a list of 10 slots: the list object, then 8 bytes per slot
a = [0] * 10
print("sys.getsizeof([0] * 10) =", sys.getsizeof(a), "slots:", (sys.getsizeof(a) - sys.getsizeof([])) // 8)
