# __del__ can resurrect its object by storing it; it runs only once per object (PEP 442), so the
# object's final death runs no __del__.
saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)
        saved.append(self)

p = Phoenix("p")
del p
print("resurrected:", [o.name for o in saved])
saved.clear()
print("gone for good, no second __del__")
