# type() calls __set_name__ on each attribute of a new class and drops what it returns: a
# descriptor whose __set_name__ returns an object leaves no reference to it behind.
import sys

class Token:
    pass

token = Token()

class Named:
    def __set_name__(self, owner, name):
        self.name = name
        return token

before = sys.getrefcount(token)

class Owner:
    first = Named()
    second = Named()
    prop = property(lambda self: 1)

print("after two __set_name__ calls:", sys.getrefcount(token) - before)
print(Owner.first.name, Owner.second.name, Owner().prop)
