# Using a dead weakref proxy: ReferenceError.
import weakref

class Node:
    pass

n = Node()
p = weakref.proxy(n)
del n
print(p.value)
