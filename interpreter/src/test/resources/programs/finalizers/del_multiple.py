# `del a, b, c` deletes left to right; list.clear() and slice deletion release last to first.
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("  del", self.n)

a, b, c = D("a"), D("b"), D("c")
print("del a, b, c:")
del a, b, c
print("clear():")
x = [D(0), D(1), D(2)]
x.clear()
print("del x[0:2]:")
x = [D(0), D(1), D(2)]
del x[0:2]
print("  remaining", [d.n for d in x])
print("pop():")
x.pop()
