# A decorator that validates the function it wraps fails at definition time: the traceback
# points at the decorator line of the def, through the decorator's frame.
import functools

def requires(*perms):
    def deco(func):
        missing = [p for p in perms if p not in {"read", "write"}]
        if missing:
            raise ValueError(f"unknown permission(s) {missing} for {func.__qualname__}")
        @functools.wraps(func)
        def wrapper(*a, **k):
            return func(*a, **k)
        return wrapper
    return deco

@requires("read")
def show():
    return "shown"

print(show())

class Service:
    @requires("read", "write")
    def update(self):
        return "updated"

    @staticmethod
    @requires("admin", "write")
    def purge():
        return "purged"

print("never reached")
