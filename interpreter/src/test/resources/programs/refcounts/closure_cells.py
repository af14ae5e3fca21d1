# A variable captured by an inner function lives in a cell: the frame holds the cell, the cell holds
# the value, and every closure holds the cell.
import sys

class V:
    pass

def outer():
    v = V()
    print("captured local in outer:", sys.getrefcount(v))
    def inner():
        return v
    cell = inner.__closure__[0]
    print("cell refcount (frame, closure tuple, name, argument):", sys.getrefcount(cell))
    return inner

fn = outer()
print("value after outer returned:", sys.getrefcount(fn.__closure__[0].cell_contents))
print("after outer returned, cell refcount (closure tuple, argument):", sys.getrefcount(fn.__closure__[0]))
