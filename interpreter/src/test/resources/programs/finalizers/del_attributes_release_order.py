# When an instance dies its attributes are released in insertion order; __slots__ in sorted name order.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

class Owner:
    def __init__(self):
        self.zeta = Noisy("zeta")
        self.alpha = Noisy("alpha")
        self.mid = Noisy("mid")

class SlotOwner:
    __slots__ = ("zeta", "alpha", "mid")
    def __init__(self):
        self.zeta = Noisy("slot zeta")
        self.alpha = Noisy("slot alpha")
        self.mid = Noisy("slot mid")

class OwnerWithDel(Owner):
    def __del__(self):
        print("  owner __del__ first")

print("dict attributes:")
o = Owner()
del o
print("slots:")
s = SlotOwner()
del s
print("owner with __del__:")
w = OwnerWithDel()
del w
print("attribute deleted then re-added:")
o = Owner()
del o.zeta
o.zeta = Noisy("zeta again")
del o
print("end")
