# Reference count deltas of interned strs used as attribute names and keys: the first instance of
# a class puts an attribute's name in the class's shared keys and STORE_ATTR's lookup of the name
# on the type puts it in the type attribute cache (3.11's method cache holds a strong reference to
# the name), so 20 instances add 2 and materializing their dicts adds nothing; sys.intern gives
# back the first copy interned; a dict keyed by the interned str; setattr on the class interns the
# name it is given (the class dict's key and the cache entry); hasattr with an equal new str.
import sys


def delta(obj, action):
    before = sys.getrefcount(obj)
    kept = action()
    after = sys.getrefcount(obj)
    del kept
    return after - before


class Item:
    def __init__(self):
        self.quantity_on_hand = 0


name = "quantity_on_hand"
print("attribute name interned:", name is sys.intern("quantity_on_hand"))
print("20 instances' dicts share the key", delta(name, lambda: [Item() for _ in range(20)]))
print("... once their dicts are made", delta(name, lambda: [Item().__dict__ for _ in range(20)]))

parts = ["dyn", "amic_key"]
built = "".join(parts)
print("built str interned by the first sys.intern", sys.intern(built) is built)
other = "".join(parts)
interned = sys.intern(other)
print("sys.intern returns the first", interned is built, interned is not other)
print("dict keyed by the interned str", delta(built, lambda: {interned: i for i in range(3)}))
print("setattr interns", delta(built, lambda: setattr(Item, other, 1)))
delattr(Item, built)
print("getattr with a new equal str", delta(built, lambda: hasattr(Item, "".join(parts))))


class Fresh:
    def __init__(self):
        self.fresh_attribute_name = 0


key = "fresh_attribute_name"
before = sys.getrefcount(key)
f = Fresh()
made = sys.getrefcount(key) - before
sys._clear_type_cache()
print("shared key and cache entry", made, "after sys._clear_type_cache()", sys.getrefcount(key) - before)
