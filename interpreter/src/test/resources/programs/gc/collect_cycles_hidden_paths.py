# refcount: expect collect_cycles_hidden_paths.refcount.out
# Exact gc.collect() results for cycles that hide in places people forget: a function whose
# default argument holds the function, a class attribute holding the class, a closure whose cell
# holds the closure, a bound method stored on its own instance, an exception whose traceback
# holds the frame whose local holds the exception, an instance of a __slots__ class pointing at
# itself, a generator holding itself in a local, a list inside its own instance __dict__, and a
# lambda in a dict it closes over. Each is made in a function, dropped, then collected alone. A
# local class is itself a cycle (6 objects) even when its instances are freed by their counts;
# a suspended generator in its own frame counts 0: its finalizer (close) breaks the cycle.
import gc


def collect_count(make):
    gc.collect()
    make()
    return gc.collect()


def default_holds_function():
    def f(box=[]):
        return box
    f.__defaults__[0].append(f)


def class_attr_holds_class():
    class Node:
        pass
    Node.me = Node


def closure_cell_holds_closure():
    def outer():
        def inner():
            return inner
        return inner
    outer()


def bound_method_on_instance():
    class Handler:
        def handle(self):
            pass
    h = Handler()
    h.callback = h.handle


def exception_traceback_frame():
    try:
        raise ValueError("kept")
    except ValueError as exc:
        saved = exc
    saved  # the frame's local 'saved' is in the traceback's frame


def slots_self_pointer():
    class Slotted:
        __slots__ = ("other",)
    s = Slotted()
    s.other = s


def generator_holds_itself():
    def gen():
        me = yield
        yield me
    g = gen()
    next(g)
    g.send(g)


def list_in_own_dict():
    class Bag:
        pass
    b = Bag()
    b.items = [b]


def lambda_in_dict_it_closes_over():
    registry = {}
    registry["get"] = lambda: registry


def local_class_instances_no_cycle():
    class Plain:
        pass
    a = Plain()
    a.b = Plain()


for make in (default_holds_function, class_attr_holds_class, closure_cell_holds_closure,
             bound_method_on_instance, exception_traceback_frame, slots_self_pointer,
             generator_holds_itself, list_in_own_dict, lambda_in_dict_it_closes_over,
             local_class_instances_no_cycle):
    print(f"{make.__name__:32} {collect_count(make)}")
