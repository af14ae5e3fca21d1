# Defining __eq__ without __hash__ makes instances unhashable; defining both lets equal objects
# find each other in sets and dicts.
class NoHash:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, NoHash) and self.v == other.v

class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __hash__(self):
        return hash(self.v)

print(NoHash.__hash__ is None, NoHash(1) == NoHash(1), NoHash(1) != NoHash(2))
try:
    {NoHash(1)}
except TypeError as e:
    print("TypeError:", e)
s = {Key(1), Key(1), Key(2)}
print(len(s), Key(2) in s, {Key(1): "a"}[Key(1)])

class Plain:
    pass

a = Plain()
print(a == a, a == Plain(), hash(a) == hash(a))
