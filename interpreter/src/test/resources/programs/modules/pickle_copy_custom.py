# pickle and copy of custom classes: __getstate__/__setstate__, __reduce__, slots, deepcopy memo, errors.
import pickle, copy

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

class Connection:
    def __init__(self, host):
        self.host = host
        self.socket = f"<socket to {host}>"
        self.log = []
    def __getstate__(self):
        state = self.__dict__.copy()
        del state["socket"]
        return state
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.socket = f"<reopened {self.host}>"

class Temperature:
    __slots__ = ("celsius", "label")
    def __init__(self, c, label="t"):
        self.celsius = c
        self.label = label

class Money:
    def __init__(self, amount, currency):
        self.amount, self.currency = amount, currency
    def __reduce__(self):
        return (Money, (self.amount, self.currency))
    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"

data = {"p": Point(1, 2), "pts": [Point(0, 0)] * 2, "money": Money(9.99, "EUR"), "t": Temperature(21.5)}
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    blob = pickle.dumps(data, protocol=proto)
    back = pickle.loads(blob)
    print(proto, len(blob), back["p"], back["pts"][0] is back["pts"][1], back["money"], back["t"].celsius, back["t"].label)
c = Connection("db.local")
c.log.append("hello")
c2 = pickle.loads(pickle.dumps(c))
print(c2.host, c2.socket, c2.log, vars(c2).keys())
print(pickle.dumps(Point(1, 2), protocol=0)[:40])
shallow = copy.copy(c)
deep = copy.deepcopy(c)
c.log.append("more")
print(shallow.log, deep.log, shallow.socket, deep.socket)
nested = [[1, 2], [3, [4, 5]]]
nested.append(nested)
d = copy.deepcopy(nested)
print(d[3] is d, d[0] is not nested[0], d[1][1] == [4, 5], repr(d)[:30])
shared = [1]
pair = copy.deepcopy((shared, shared))
print(pair[0] is pair[1], copy.copy((1, 2)) is not None, copy.deepcopy(Temperature(5)).celsius)
class Custom:
    def __init__(self):
        self.items = [1, 2]
    def __copy__(self):
        print("__copy__ called")
        new = Custom.__new__(Custom)
        new.items = self.items
        return new
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        new = Custom.__new__(Custom)
        new.items = copy.deepcopy(self.items, memo)
        return new
x = Custom()
print(copy.copy(x).items is x.items, copy.deepcopy(x).items is x.items)
for bad in [lambda: pickle.dumps(lambda: 1), lambda: pickle.dumps(open), lambda: pickle.loads(b"garbage"), lambda: pickle.loads(b"")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class Local:
    pass
def make():
    class Inner:
        pass
    return Inner()
try:
    pickle.dumps(make())
except Exception as e:
    print(type(e).__name__, e)
print(pickle.loads(pickle.dumps(Local)) is Local, pickle.loads(pickle.dumps({1, 2, frozenset([3])})))
