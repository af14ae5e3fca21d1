# What the callables of functools and operator hold, counted with sys.getrefcount: a partial holds
# its function, its args tuple and its keywords dict (a partial of a partial flattens, sharing the
# inner args' items), lru_cache holds every argument and result it caches (its key for one int or
# str argument is the argument itself; otherwise a tuple, keywords after a marker) until
# cache_clear(), itemgetter/attrgetter/methodcaller hold their items, names and arguments;
# gc.get_referents shows the same objects. attrgetter interns a plain name: it holds the interned
# str, not the one it was given.
import functools
import gc
import operator
import sys


def rc(obj):
    return sys.getrefcount(obj) - 2


class Token:
    def __repr__(self):
        return "Token"


def add(a, b, c=0):
    return (a, b, c)


tok = Token()
print("start", rc(tok))
p = functools.partial(add, tok, c=tok)
print("partial(add, tok, c=tok):", rc(tok), rc(add) >= 2)
print("partial args/keywords:", p.args, p.keywords)
q = functools.partial(p, 5)
print("partial of partial flattened:", q.func is add, q.args, rc(tok))
refs = gc.get_referents(p)
print("referents of partial:", [type(r).__name__ for r in refs])
del refs
del p
print("inner partial deleted:", rc(tok))
del q
print("both deleted:", rc(tok))


@functools.lru_cache(maxsize=4)
def ident(x, *, tag=None):
    return [x]


big = 10 ** 20
word = "".join(["cache", "key"])
print("before calls:", rc(big), rc(word))
r1 = ident(big)
print("one int argument cached:", rc(big), ident.cache_info().currsize)
r2 = ident(word)
print("one str argument cached:", rc(word))
r3 = ident(big, tag=word)
print("with a keyword:", rc(big), rc(word), ident.cache_info())
print("result lists held by the cache:", rc(r1), rc(r3))
for n in range(10, 14):
    ident(n)
print("after evictions:", rc(big), rc(word), rc(r1), ident.cache_info().currsize)
ident.cache_clear()
print("after cache_clear:", rc(big), rc(word), rc(r2))

name = "".join(["na", "me"])
key = (1, 2)
ig = operator.itemgetter(key, 0)
ag = operator.attrgetter(name)
mc = operator.methodcaller("count", key)
print("getters hold:", rc(key), rc(name))
print("reprs:", ig, ag, mc)
print("methodcaller:", mc([key, key, 3]))
del ig
print("itemgetter gone:", rc(key))
del mc
print("methodcaller gone:", rc(key))
print("attrgetter referents:", [type(r).__name__ for r in gc.get_referents(ag)])
del ag
print("attrgetter gone:", rc(name))
