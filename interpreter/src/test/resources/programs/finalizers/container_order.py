# Dropping a container releases its items: list and tuple items last to first, dict values and
# instance attributes in insertion order.
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("  del", self.n)

print("list:")
x = [D(0), D(1), D(2)]
del x
print("tuple:")
x = (D(0), D(1), D(2))
del x
print("dict:")
x = {"k0": D(0), "k1": D(1), "k2": D(2)}
del x
class Holder:
    pass
print("instance attributes:")
h = Holder()
h.a = D("a")
h.b = D("b")
h.c = D("c")
del h
