# Decorators keep what they wrap: functools.wraps stores __wrapped__, so a
# chain of decorators keeps every layer, and a decorator that caches per
# call keeps results; inspect.unwrap walks the chain back to the original.
import functools
import inspect
import sys
import weakref

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

def remembered(fn):
    seen = []
    @functools.wraps(fn)
    def wrapper(*args):
        result = fn(*args)
        seen.append(result)
        return result
    wrapper.seen = seen
    return wrapper

@logged
@remembered
@logged
def work(n):
    """Build a list."""
    return [n] * 100

print("name and doc kept:", work.__name__, work.__doc__)
layers = []
f = work
while hasattr(f, "__wrapped__"):
    layers.append(f.__code__.co_name)
    f = f.__wrapped__
layers.append(f.__code__.co_name)
print("layers:", layers)
print("unwrap reaches the original:", inspect.unwrap(work) is f)
middle = work.__wrapped__
for i in range(5):
    work(i)
print("results kept by the middle layer:", len(middle.seen), len(middle.seen[0]))
print("__dict__ copied by wraps:", sorted(k for k in vars(work) if not k.startswith("__")))
original = weakref.ref(f)
del f
print("original alive through the chain:", original() is not None)
del work, middle
print("after dropping the chain:", original() is None)
print("WRAPPER_ASSIGNMENTS:", functools.WRAPPER_ASSIGNMENTS)
print("WRAPPER_UPDATES:", functools.WRAPPER_UPDATES)
