# __del__: when it runs, resurrection, and order of destruction.
class Noisy:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("destroy", self.name)

a = Noisy("a")
b = a
del a
print("a deleted, b still holds it")
b = None
print("---")
lst = [Noisy(f"item{i}") for i in range(3)]
del lst
print("---")
def scope():
    local = Noisy("local")
    print("leaving scope")
scope()
print("---")
saved = []
class Phoenix:
    def __del__(self):
        print("Phoenix.__del__ called, resurrecting")
        saved.append(self)
p = Phoenix()
del p
print("resurrected:", len(saved))
saved.clear()
print("cleared, __del__ does not run twice")
print("---")
d = {"x": Noisy("dict-value")}
d["x"] = Noisy("replacement")
print("---")
t = (Noisy("t0"), Noisy("t1"))
del t
print("---")
x = Noisy("end-of-program")
