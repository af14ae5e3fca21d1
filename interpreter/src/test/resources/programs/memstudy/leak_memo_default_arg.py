# A memo dict as a default argument grows forever; lru_cache(maxsize) bounds it; cache_clear frees.
import functools
import sys

def fib(n, _memo={}):
    if n in _memo:
        return _memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    _memo[n] = r
    return r

fib(60)
memo = fib.__defaults__[0]
print("default memo entries", len(memo), sys.getsizeof(memo))
fib(90)
print("grew", len(memo), sys.getsizeof(memo))

@functools.lru_cache(maxsize=32)
def sq(n):
    return [n] * 10

for i in range(100):
    sq(i)
info = sq.cache_info()
print("lru info", info.hits, info.misses, info.maxsize, info.currsize)
kept = sq(99)
print("cached result shared", sq(99) is kept, sys.getrefcount(kept))
sq.cache_clear()
print("after clear", sq.cache_info().currsize, sys.getrefcount(kept))

@functools.cache
def unbounded(n):
    return n * 2
for i in range(50):
    unbounded(i)
print("cache unbounded", unbounded.cache_info())
print("wrapped", unbounded.__wrapped__(3), sq.cache_parameters())
