# gc.get_referrers of one object held in each place a function or an instance can hold it, shown
# by the referrer's type: a closure cell, a defaults tuple, a kwdefaults dict, a partial's args
# tuple and keywords dict, a class namespace, an
# instance's attribute (CPython 3.11 keeps the values inline: the referrer is the instance itself
# until __dict__ is read, then the dict), a __slots__ member (the instance), a list and a set.
import functools
import gc


class Marker:
    pass


def referrer_kinds(obj, exclude):
    # the module's globals dict always refers to it: left out
    kinds = []
    for r in gc.get_referrers(obj):
        if r is exclude or r is globals():
            continue
        kinds.append(type(r).__name__)
    return sorted(kinds)


target = Marker()


def make_closure(value):
    def inner():
        return value
    return inner


closure = make_closure(target)
print("closure:", referrer_kinds(target, None))
del closure


def with_default(x=target):
    return x


print("default:", referrer_kinds(target, None))
del with_default


def with_kwdefault(*, x=target):
    return x


print("kw default:", referrer_kinds(target, None))
del with_kwdefault

p = functools.partial(print, target, sep=target)
print("partial:", referrer_kinds(target, None))
del p


class Holder:
    shared = target


print("class attribute:", referrer_kinds(target, None))
del Holder.shared  # (deleting the class would leave it to the cycle collector)


class Plain:
    pass


inst = Plain()
inst.attr = target
print("instance attribute (values inline):", referrer_kinds(target, None))
d = inst.__dict__
print("after reading __dict__:", referrer_kinds(target, None))
del d, inst


class Slotted:
    __slots__ = ("member",)


s = Slotted()
s.member = target
print("slot:", referrer_kinds(target, None))
del s

box = [target]
frozen = frozenset([target])
print("list and frozenset:", referrer_kinds(target, None))
del box, frozen
print("nothing left but the module:", referrer_kinds(target, None))
