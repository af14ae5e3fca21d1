# A subclass without __del__ inherits its base's; super().__del__() chains explicitly.
class Base:
    def __del__(self):
        print("Base.__del__ for", type(self).__name__)

class Child(Base):
    pass

class Chained(Base):
    def __del__(self):
        print("Chained.__del__")
        super().__del__()

c = Child()
del c
d = Chained()
del d
print("end")
