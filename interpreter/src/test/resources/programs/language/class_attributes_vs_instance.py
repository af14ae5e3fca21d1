# Attribute lookup finds the instance first, then the class and its bases; a mutable class
# attribute is shared by all instances.
class Base:
    kind = "base"
    shared = []

class Child(Base):
    pass

a = Child()
b = Child()
a.shared.append(1)
a.kind = "instance"
print(a.kind, b.kind, Child.kind, Base.shared, b.shared is Base.shared)
Child.kind = "child"
print(b.kind, Base.kind)
del a.kind
print(a.kind, "kind" in vars(a), sorted(k for k in vars(Child) if not k.startswith("__")))
