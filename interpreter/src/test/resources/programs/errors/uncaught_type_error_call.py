# Uncaught TypeError from calling a method with a wrong argument count, through functools.wraps.
import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"calling {fn.__qualname__} with {args[1:]} {kwargs}")
        return fn(*args, **kwargs)
    return wrapper

class Cart:
    def __init__(self):
        self.items = {}

    @logged
    def add(self, name, qty=1):
        self.items[name] = self.items.get(name, 0) + qty
        return self

cart = Cart().add("apple").add("pear", qty=3)
print(cart.items)
cart.add("plum", 2, "extra")
