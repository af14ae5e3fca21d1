# Freeing an outer container frees what only it held, depth first: each inner list's items go
# before the next inner list.
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("  del", self.n)

x = [[D("a0"), D("a1")], [D("b0"), D("b1")]]
print("drop nested lists:")
del x

class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __del__(self):
        print("  del node", self.name)

print("drop a chain of three nodes:")
chain = Node("outer", Node("middle", Node("inner")))
chain = None
