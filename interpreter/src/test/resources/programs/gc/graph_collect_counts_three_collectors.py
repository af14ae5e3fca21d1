# test_gc-style graphs with exact gc.collect() results: a list holding itself, two dicts
# pointing at each other, an instance and its __dict__ (managed), a class and its MRO tuple,
# a function in its own globals, a closure cell cycle, and garbage mixed with live objects.
# collectors: generational marksweep
import gc


class A:
    pass


def report(label, build):
    gc.collect()
    build()
    print(f"{label:28} {gc.collect()}")


def self_list():
    l = []
    l.append(l)


def dict_pair():
    a, b = {}, {}
    a["b"], b["a"] = b, a


def instance_ring():
    a, b, c = A(), A(), A()
    a.next, b.next, c.next = b, c, a


def instance_with_dict_read():
    a = A()
    a.me = a
    a.__dict__


def class_cycle():
    class C:
        pass


def func_globals():
    exec("def f(): pass", {})


def closure_cycle():
    def outer():
        def inner():
            return inner
        return inner
    outer()


def tuple_list():
    l = []
    t = (l,)
    l.append(t)


def mixed():
    keep.append([])
    junk = []
    junk.append(junk)


keep = []
gc.disable()
for label, build in [("self list", self_list), ("dict pair", dict_pair),
                     ("instance ring", instance_ring), ("instance, dict materialized", instance_with_dict_read),
                     ("class", class_cycle), ("exec'd function", func_globals),
                     ("closure cell", closure_cycle), ("tuple in list", tuple_list), ("garbage among live", mixed)]:
    report(label, build)
gc.enable()
