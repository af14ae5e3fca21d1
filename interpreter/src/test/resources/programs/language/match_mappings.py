# Mapping patterns: keys looked up with get(key, sentinel) (a defaultdict makes no entries), extra
# keys allowed, **rest a new dict without the matched keys, which types are mappings.
import collections
import collections.abc


def read(m):
    match m:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={rest}"
        case {1: one, 2: two}:
            return f"ints {one} {two}"
        case {"nested": {"deep": [_, value]}}:
            return f"deep {value}"
        case {}:
            return f"some mapping with {len(m)} keys"
        case _:
            return "not a mapping"


class MyDict(dict):
    pass


for m in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "color": "red", "fill": None},
          {"type": "circle", "r": 5}, {1: "a", 2: "b", 3: "c"}, {"nested": {"deep": (0, "found")}}, {},
          {"type": "square"}, MyDict(type="point", x=0, y=0), collections.OrderedDict([(1, "x"), (2, "y")]),
          collections.Counter("aab"), [("type", "point")], "type", 7]:
    print(repr(m), "->", read(m))

d = collections.defaultdict(list)
match d:
    case {"missing": value}:
        print("matched?", value)
    case _:
        print("no match; defaultdict still has", dict(d))

# **rest is a fresh dict, its own object
original = {"a": 1, "b": 2, "c": 3}
match original:
    case {"a": 1, **rest}:
        print(rest, rest is original, type(rest).__name__)
        rest["z"] = 0
print(original)

# a user mapping: get() is called with a sentinel default
class Spy(collections.abc.Mapping):
    def __init__(self, data):
        self.data = data

    def __getitem__(self, k):
        return self.data[k]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

    def get(self, key, default=None):
        print("get", repr(key), "default is a", type(default).__name__)
        return self.data.get(key, default)


match Spy({"x": 1, "y": 2}):
    case {"x": x, "w": w}:
        print("x and w", x, w)
    case {"x": x, **others}:
        print("x", x, "others", others)
