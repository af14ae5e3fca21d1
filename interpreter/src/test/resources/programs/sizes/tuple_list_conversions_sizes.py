# The same items as a tuple or a list, and each conversion's result size:
# tuple(list) and list(tuple) are exact, [*t] and list comprehensions
# over-allocate, sorted() and reversed copies, + and * results, and
# tuples from generators (grown, then cut back).
import sys

items = list(range(10))
t = tuple(items)
rows = [
    ("list literal 10", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
    ("tuple literal 10", (0, 1, 2, 3, 4, 5, 6, 7, 8, 9)),
    ("tuple(list)", tuple(items)),
    ("list(tuple)", list(t)),
    ("[*t]", [*t]),
    ("[*t, *t]", [*t, *t]),
    ("(*t,)", (*t,)),
    ("list comprehension", [x for x in t]),
    ("sorted(t)", sorted(t)),
    ("list(reversed(t))", list(reversed(t))),
    ("t[::-1]", t[::-1]),
    ("items[::-1]", items[::-1]),
    ("items + items", items + items),
    ("t + t", t + t),
    ("items * 3", items * 3),
    ("t * 3", t * 3),
    ("tuple(generator)", tuple(x for x in items)),
    ("tuple(map)", tuple(map(int, items))),
    ("list(map)", list(map(int, items))),
    ("items.copy()", items.copy()),
    ("items[:]", items[:]),
    ("list(items)", list(items)),
    ("tuple(range(10))", tuple(range(10))),
    ("str.split result", "a b c d e f g h i j".split()),
    ("divmod result", divmod(7, 2)),
    ("zip tuple", next(zip(items, items))),
    ("enumerate tuple", next(enumerate(items))),
]
for label, obj in rows:
    print(f"{label:<20} {type(obj).__name__:<6} len={len(obj):<3} size={sys.getsizeof(obj)}")
print("per-item cost tuple vs list:", sys.getsizeof((0,) * 11) - sys.getsizeof((0,) * 10),
      sys.getsizeof([0] * 11) - sys.getsizeof([0] * 10))
print("empty:", sys.getsizeof(()), sys.getsizeof([]))
