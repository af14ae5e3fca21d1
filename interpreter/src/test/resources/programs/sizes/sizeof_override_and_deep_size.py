# __sizeof__ overrides, the GC header getsizeof adds, and a deep size function that
# walks gc.get_referents instead of isinstance checks.
import sys
import gc

class Plain:
    pass

class Reports(list):
    def __sizeof__(self):
        return super().__sizeof__() + 1000

class Bad:
    def __sizeof__(self):
        return -1

class NotInt:
    def __sizeof__(self):
        return "big"

p = Plain()
print("instance getsizeof vs __sizeof__:", sys.getsizeof(p), p.__sizeof__())
print("list:", sys.getsizeof([]), [].__sizeof__())
print("int has no GC header:", sys.getsizeof(1), (1).__sizeof__())
print("override:", sys.getsizeof(Reports()), Reports().__sizeof__())
for obj in (Bad(), NotInt()):
    try:
        sys.getsizeof(obj)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("default for bad:", sys.getsizeof(NotInt(), 42) if False else "n/a")
try:
    print(sys.getsizeof(Bad(), 7))
except ValueError as e:
    print("default not used for ValueError:", e)

def deep_size(root):
    seen = set()
    stack = [root]
    total = 0
    while stack:
        obj = stack.pop()
        if id(obj) in seen or isinstance(obj, type):
            continue
        seen.add(id(obj))
        total += sys.getsizeof(obj)
        stack.extend(gc.get_referents(obj))
    return total, len(seen)

class Order:
    def __init__(self, n):
        self.lines = [("item%d" % i, i * 1.5) for i in range(n)]
        self.customer = {"name": "Ada", "tags": ["vip"]}

size, count = deep_size(Order(5))
print("deep size of an order:", size, "objects:", count)
print("deep size of a list of strs:", deep_size(["a" * 10, "b" * 20]))
print("deep size of nested lists:", deep_size([[1, 2], [3, [4, 5]]]))
