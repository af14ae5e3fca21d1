# The iteration order of sets built in different ways under PYTHONHASHSEED=0: a literal of
# constants (a frozenset constant merged into an empty set), a literal with a variable
# (BUILD_SET adds in order), set() of a list, of a set, of a dict, union and update from sets of
# other table sizes, and a copy of a set with dummies left by discards.
v = "a"
print({3, "a", 1})
print({3, v, 1})
print(set([3, "a", 1]))
print({3, "a", 1, 2.5, 7, (1, 2)})
print(list({3, v, 1, 2.5, 7, (1, 2)}))
print(set([3, "a", 1, 2.5, 7, (1, 2)]))
print({"x", "y", "z", "w", "v"}, set(["x", "y", "z", "w", "v"]))
print({*"xyzwv"}, set("xyzwv"), frozenset("xyzwv"))
big = set(range(20)) | {"q", "r", "s"}
print(len(big), [x for x in big if isinstance(x, str)])
s = {"k1", "k2", "k3", "k4", "k5", "k6", "k7"}
print(s, set(s), frozenset(s), s.copy())
d = dict.fromkeys(["m", "n", "o", "p", "q", "r"])
print(set(d), set(d.keys()), set(d.items()) == set(d.items()))
t = set()
t.update(s)
print(t)
u = {"a"}
u.update(s)
print(u)
print(s | {"zz"}, {"zz"} | s, {"zz", "yy"}.union(s, ["xx"]))
holes = set("abcdefghij")
for ch in "bdfh":
    holes.discard(ch)
print(holes, set(holes), holes.copy(), {*holes})
print({1.5, "p", (2,), 7} == {7, (2,), "p", 1.5})
print({n * 3 for n in range(12)}, {str(n) for n in range(6)})
x = frozenset({"c1", "c2", "c3", "c4", "c5"})
print(x, set(x), {"c0"} | x, x | {"c0"})
print("a" in {"a", "b", "c"}, "z" not in {"a", "b", "c"})
