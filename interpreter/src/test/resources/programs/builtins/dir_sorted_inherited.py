# dir() of an instance lists its attributes and its class's and bases' (object.__dir__); of a class,
# its namespace and its bases' (type.__dir__); with no argument, the local names; always sorted.

class Base:
    shared = 1

    def method(self):
        pass

class Child(Base):
    own = 2

c = Child()
c.zeta = 3
c.alpha = 4
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print("__init__" in dir(c), "__class__" in dir(c), "mro" in dir(Child), "mro" in dir(c))
print([n for n in dir() if not n.startswith("__")])

class Custom:
    def __dir__(self):
        return ["b", "a", "c"]

print(dir(Custom()))
print(dir(c) == sorted(dir(c)), len(dir(object())) == len(dir(object)))
