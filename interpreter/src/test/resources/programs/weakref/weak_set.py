# A WeakSet holds its members weakly.
import weakref

class Item:
    def __init__(self, n):
        self.n = n

s = weakref.WeakSet()
items = [Item(i) for i in range(5)]
for it in items:
    s.add(it)
print(len(s), sorted(x.n for x in s))
del items[1:3]
print(len(s), sorted(x.n for x in s))
items.clear()
print("the loop variable still holds the last item:", len(s), it.n)
del it
print(len(s))
