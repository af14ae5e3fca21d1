# The special methods of built-in containers are slot wrappers in their type's namespace, callable
# unbound with the instance first, and reachable through super() from a subclass.
print(dict.__getitem__({1: 2}, 1), dict.__contains__({1: 2}, 3), dict.__len__({1: 2}))
d = {}
dict.__setitem__(d, "k", "v")
print(d, dict.__eq__(d, {"k": "v"}), dict.__repr__(d))
dict.__delitem__(d, "k")
print(d, list.__getitem__([5, 6], -1), list.__len__([1, 2, 3]), tuple.__getitem__((7, 8), 0))
print(str.__getitem__("abc", 1), str.__len__("abc"), str.__contains__("abc", "bc"), bytes.__getitem__(b"A", 0))
print(set.__contains__({1}, 1), set.__len__({1, 2}), list(list.__iter__([3, 4])))
print(dict.__getitem__, list.__setitem__, tuple.__len__)
print(type(dict.__dict__["__getitem__"]).__name__, type(list.__dict__["append"]).__name__)

class Logged(dict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value * 10)

    def __getitem__(self, key):
        return super().__getitem__(key) + 1

log = Logged()
log["x"] = 4
print(log["x"], dict(log), Logged.__mro__[1].__getitem__(log, "x"))

class Stack(list):
    def __init__(self, items):
        super().__init__(reversed(items))

    def __len__(self):
        return super().__len__() * 100

print(Stack([1, 2, 3]), len(Stack([1])))
