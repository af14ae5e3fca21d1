# The order __del__ runs when a list, a dict, a tuple and a set of objects are released.
# collectors: generational
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

print("list:")
l = [Noisy("l0"), Noisy("l1"), Noisy("l2")]
del l
print("dict:")
d = {"a": Noisy("d-a"), "b": Noisy("d-b"), "c": Noisy("d-c")}
del d
print("dict with instance keys:")
k = {Noisy("key1"): Noisy("val1"), Noisy("key2"): Noisy("val2")}
del k
print("tuple:")
t = (Noisy("t0"), Noisy("t1"))
del t
print("list.clear:")
l = [Noisy("c0"), Noisy("c1")]
l.clear()
print("slice assignment:")
l = [Noisy("s0"), Noisy("s1"), Noisy("s2")]
l[0:2] = []
print("pop from dict:")
d = {"x": Noisy("px")}
d.pop("x")
print("rebinding:")
x = Noisy("first")
x = Noisy("second")
print("end")
