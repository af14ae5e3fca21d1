# A proxy forwards attribute access and operators to its referent; after the referent dies every
# use raises ReferenceError.
import weakref

class Box:
    def __init__(self, v):
        self.v = v

    def double(self):
        return self.v * 2

    def __len__(self):
        return self.v

b = Box(21)
p = weakref.proxy(b)
print(p.v, p.double(), len(p), type(p).__name__)
p.v = 5
print(b.v)
del b
try:
    p.v
except ReferenceError as e:
    print("ReferenceError:", e)
