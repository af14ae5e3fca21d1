# RecursionError from a __repr__ that recurses through a container; the traceback's repeated lines collapsed
class Node:
    def __init__(self, name):
        self.name = name
        self.link = None
    def __repr__(self):
        return f"Node({self.name}, {self.link!r})"

a = Node("a")
b = Node("b")
a.link = b
print(repr(a))
b.link = a
print(repr(a))
