# Inside __del__ the object's attributes are still intact; they are released after it returns.
class Part:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  part", self.name, "freed")

class Whole:
    def __init__(self):
        self.part = Part("p")

    def __del__(self):
        print("  whole.__del__ sees", self.part.name)

w = Whole()
print("del w:")
del w
print("end")
