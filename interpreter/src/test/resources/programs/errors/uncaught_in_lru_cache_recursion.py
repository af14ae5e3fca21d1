# an uncaught error inside an lru_cache-decorated recursive function: the cached wrapper adds no frames of its own
import functools
@functools.lru_cache
def fib(n):
    if n == 5:
        raise ValueError("five")
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib(10)
