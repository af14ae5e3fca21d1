# The keys and items views compare as sets without hashing their items: the sizes first, then
# each item of the smaller side looked up in the other with `in`, so an items view whose values
# are unhashable still compares.
d = {"a": [1], "b": {"x": 2}, "c": 3}
print(d.items() == {"a": [1], "b": {"x": 2}, "c": 3}.items(), d.items() != {"a": [1]}.items())
print({"a": [1]}.items() < d.items(), d.items() > {"c": 3}.items(), d.items() <= d.items(), d.items() < d.items())
print({"a": [2]}.items() <= d.items(), d.keys() >= {"a", "b"}, d.keys() == set("abc"), d.keys() < {"a"})
print(d.keys() == {"a": 0, "b": 0, "c": 0}.keys(), {1: 2}.items() == {(1, 2)}, {(1, 2)} == {1: 2}.items())
try:
    print(d.items() == {("a", [1])})
except TypeError as e:
    print("TypeError", e)
print(d.items() == [("a", [1])], d.keys() == ["a", "b", "c"], d.values() == d.values())


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return isinstance(other, Loud) and self.v == other.v

    __hash__ = None


x = {"k": Loud(1)}
print(x.items() == {"k": Loud(1)}.items())
print(x.items() == {"k": Loud(1), "j": 0}.items())
