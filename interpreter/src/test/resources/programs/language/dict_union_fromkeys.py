# dict | dict makes a new dict (the right side wins), |= takes anything update takes, and
# fromkeys is a class method that fills an instance of the class it is called on.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a)
a |= [("w", 0)]
a |= {"x": 100}
print(a)
try:
    a | [("k", 1)]
except TypeError as e:
    print("TypeError:", e)
print(dict.fromkeys("abc"), dict.fromkeys(range(3), []), dict.fromkeys([]))

class Tracking(dict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value)

t = Tracking.fromkeys("pq", 0)
print(type(t).__name__, t)
