# functools.lru_cache / cache memoisation, partial, reduce.
import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.lru_cache(maxsize=256)
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


@functools.cache
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


total = 0
for i in range(1, 200000):
    total += collatz(i % 5000 + 1)
for _ in range(100):
    fib.cache_clear()
    total += fib(400) % 1000003
    grid_paths.cache_clear()
    total += grid_paths(40, 40) % 1000003
p = functools.partial(pow, 3, mod=1000003)
for i in range(100000):
    total += p(i)
total += functools.reduce(operator_add := (lambda a, b: a + b), range(200000))
print(total, collatz.cache_info().hits > 0)
