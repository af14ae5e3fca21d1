# Set algebra for user permissions, frozenset keys, reprlib for long outputs, and recursive reprs.
import reprlib

roles = {
    "viewer": frozenset(["read"]),
    "editor": frozenset(["read", "write", "comment"]),
    "admin": frozenset(["read", "write", "comment", "delete", "manage"]),
}
users = {"ann": {"admin"}, "bob": {"viewer", "editor"}, "cy": set(), "di": {"viewer"}}
def perms(user):
    return frozenset().union(*(roles[r] for r in users[user]))
for u in users:
    print(u, sorted(perms(u)))
print(sorted(perms("ann") - perms("bob")), perms("di") <= perms("bob"), perms("di") < perms("di"), perms("cy").isdisjoint(perms("ann")))
print(sorted(perms("bob") ^ perms("ann")), sorted(perms("bob") & roles["admin"]), len(set(map(perms, users))))
by_perms = {}
for u in users:
    by_perms.setdefault(perms(u), []).append(u)
print(sorted((sorted(k), v) for k, v in by_perms.items()))
s = {1, 2, 3}
s |= {4}; s &= {1, 2, 4, 5}; s -= {2}; s ^= {9, 1}
print(s, s.pop() in {4, 9}, {x % 3 for x in range(10)}, sorted(set("hello") - set("world")))
try:
    {1, 2}.remove(3)
except KeyError as e:
    print("KeyError:", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
print(frozenset({1, 2}) == {1, 2}, hash(frozenset()) == hash(frozenset([])), sorted(frozenset("ab") | {"c"}), type(frozenset("ab") | {"c"}).__name__)
r = reprlib.Repr()
r.maxlist = 4
r.maxstring = 20
print(r.repr(list(range(100))), r.repr("x" * 100), reprlib.repr(set(range(50))), reprlib.repr({i: i for i in range(20)}))
print(reprlib.repr([[1, [2, [3, [4, [5]]]]]]), reprlib.repr(tuple(range(10))), reprlib.repr(frozenset("abcdefghijk")))
class Tree:
    def __init__(self, name):
        self.name, self.kids = name, []
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Tree({self.name!r}, {self.kids!r})"
t = Tree("root")
t.kids.append(Tree("leaf"))
t.kids.append(t)
print(t)
a = [1]
a.append(a)
d = {"self": None}
d["self"] = d
print(a, d, [a, d])
