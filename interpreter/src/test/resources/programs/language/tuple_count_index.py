# tuple.count and tuple.index (with start and stop) compare by equality; reversed(list) is a
# list_reverseiterator that sees a shrinking list.
t = (1, 2, 1, 3.0, "a", 1)
print(t.count(1), t.count(3), t.count("b"), t.index(1), t.index(1, 1), t.index(3), t.index(1, -2))
for args in ((9,), (1, 3, 5)):
    try:
        t.index(*args)
    except ValueError as e:
        print("ValueError:", e)
L = [1, 2, 3, 4]
r = reversed(L)
print(type(r).__name__, next(r), r.__length_hint__())
del L[1:]
print(list(r), list(reversed([])), list(reversed((1, 2))))
