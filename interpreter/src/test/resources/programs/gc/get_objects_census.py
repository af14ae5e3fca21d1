# A census of gc.get_objects() by type around building and dropping an application's objects.
import gc
from collections import Counter

def census():
    gc.collect()
    return Counter(type(o).__name__ for o in gc.get_objects())

class Order:
    def __init__(self, i):
        self.items = [("sku", i)]
        self.meta = {"id": i}

census()
before = census()
orders = [Order(i) for i in range(100)]
during = census()
diff = {k: during[k] - before.get(k, 0) for k in during if during[k] != before.get(k, 0)}
print("growth", sorted(diff.items()))
del orders
after = census()
gone = {k: after.get(k, 0) - before.get(k, 0) for k in set(after) | set(before) if after.get(k, 0) != before.get(k, 0)}
print("left over", sorted(gone.items()))
print("tuples untracked:", sum(1 for o in gc.get_objects() if type(o) is tuple and o and o[0] == "sku"))
print("str/int never tracked:", "str" in during, "int" in during)
