# Exact gc.collect() results for one tiny cycle of each built-in kind, as test_gc counts them.
# collectors: generational marksweep
import gc
import sys

def show(name, make):
    gc.collect()
    make()
    print(f"{name:22} {gc.collect()}")

def self_list():
    l = []
    l.append(l)

def self_dict():
    d = {}
    d[1] = d

def self_tuple_via_list():
    l = [None]
    t = (l,)
    l[0] = t

def self_set_frozen():
    class K:
        pass
    k = K()
    k.s = {frozenset([1])}
    k.me = k

def instance_newstyle():
    class A:
        pass
    a = A()
    a.a = a

def function_cycle():
    exec("def f(): pass\n", {})

def frame_cycle():
    f = sys._getframe()

def class_cycle():
    class C:
        pass

def bound_method_cycle():
    class B:
        def m(self):
            pass
    b = B()
    b.m2 = b.m

def cell_cycle():
    def outer():
        x = None
        def inner():
            return x
        x = inner
        return inner
    outer()

for name, make in [("self list", self_list), ("self dict", self_dict),
                   ("tuple/list", self_tuple_via_list), ("instance+set", self_set_frozen),
                   ("instance", instance_newstyle), ("exec'd function", function_cycle),
                   ("frame", frame_cycle), ("class", class_cycle),
                   ("bound method", bound_method_cycle), ("closure cell", cell_cycle)]:
    show(name, make)
