# A census of an app's own objects through gc.get_objects: instances of each app class
# counted exactly, untracked kinds (dicts of atoms) absent, and the census after part of the
# app's data is dropped.
import gc
from collections import Counter


class Customer:
    def __init__(self, name):
        self.name = name


class Order:
    def __init__(self, customer, total):
        self.customer = customer
        self.total = total


class Money:
    __slots__ = ("cents",)

    def __init__(self, cents):
        self.cents = cents


def census():
    c = Counter(type(o).__name__ for o in gc.get_objects() if type(o) in (Customer, Order, Money))
    return sorted(c.items())


customers = [Customer(n) for n in ("ann", "bob", "cy")]
orders = [Order(customers[i % 3], Money(i * 100)) for i in range(7)]
print(census())
prices = {"a": 1, "b": 2}
print("atom dict tracked:", gc.is_tracked(prices), any(o is prices for o in gc.get_objects()))
del orders[3:]
print(census())
customers.pop()
print(census())
orders.clear()
print(census())
