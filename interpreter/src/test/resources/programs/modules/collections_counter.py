# Counter counts hashables: most_common, arithmetic, elements, update.
from collections import Counter

c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), sorted(c.elements())[:6])
c.update("aaz")
print(c.most_common(1), c.total())
d = Counter(a=3, b=1)
e = Counter(a=1, b=2, c=5)
print(d + e, d - e, d & e, d | e)
print(Counter(["x", "y", "x"]) == Counter({"x": 2, "y": 1}), Counter().most_common())
