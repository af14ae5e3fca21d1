# A WeakKeyDictionary drops an entry as soon as its key dies.
import weakref

class Key:
    pass

d = weakref.WeakKeyDictionary()
k1 = Key()
k2 = Key()
d[k1] = "one"
d[k2] = "two"
print(len(d), d[k1], k2 in d)
del k1
print(len(d), sorted(d.values()))
k2 = None
print(len(d))
