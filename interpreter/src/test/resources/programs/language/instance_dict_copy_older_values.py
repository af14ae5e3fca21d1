# An instance dict copied after later instances of its class shrank the shared keys' usable size
# (CPython's init_inline_values takes one slot per new instance): the copy's values array is
# smaller than the original's, and its insertion order is read back from the values, so the copy
# keeps every key in order; deleting from it, iterating it and updating another instance from it
# (a __getstate__/__setstate__ round trip through copy.copy) see exactly the original's items.
import copy


class Session:
    def __init__(self, user):
        self.user, self.conn, self.hits = user, object(), 0

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["conn"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.conn = "reconnected"


first = Session("ann")
first.hits = 3
younger = []
for i in range(40):
    n = Session.__new__(Session)
    n.__setstate__({"user": f"u{i}", "hits": i})
    younger.append(n)
    if i in (0, 5, 6, 12, 25, 39):
        st = first.__dict__.copy()
        print(i, list(st), len(st))
        del st["conn"]
        print("  after del:", list(st), st)
        c = copy.copy(first)
        print("  copy:", c.__dict__ == {"user": "ann", "conn": "reconnected", "hits": 3}, list(c.__dict__))

last = younger[-1]
st = last.__dict__.copy()
st["extra"] = 1
print(list(st), list(last.__dict__))
for obj in (first, younger[0], younger[20], last):
    d = obj.__dict__.copy()
    d.pop("user")
    print(sorted(d) == ["conn", "hits"], list(d.items())[-1][0])
