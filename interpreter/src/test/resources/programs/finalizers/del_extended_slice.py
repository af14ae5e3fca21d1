# Deleting an extended slice releases the items in slice order (a negative step: from the end);
# a simple slice assignment releases the replaced items last to first.
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("  del", self.n)

x = [D(i) for i in range(6)]
print("del x[::2]:")
del x[::2]
print("del x[::-1]:")
del x[::-1]
x = [D(i) for i in range(4)]
print("x[1:3] = [...]:")
x[1:3] = ["a", "b", "c"]
print("x[::2] = [...]:")
x[::2] = [1, 2, 3]
print("end")
