# Inside __init__ the new instance is held by type.__call__ (1), by the frame's self (1) and by
# getrefcount's argument (1); after construction only the name remains.
import sys

class C:
    def __init__(self):
        print("in __init__:", sys.getrefcount(self))
        self.helper()

    def helper(self):
        print("in a method called from __init__:", sys.getrefcount(self))

c = C()
print("bound to c:", sys.getrefcount(c))
print("temporary:", sys.getrefcount(C()))
