# collectors: generational marksweep
# gc.collect()'s return value for cycles of several shapes: it counts every unreachable object.
import gc

class N:
    pass

def self_loop():
    n = N()
    n.me = n

def pair():
    a, b = N(), N()
    a.o, b.o = b, a

def ring(k):
    nodes = [N() for _ in range(k)]
    for i, node in enumerate(nodes):
        node.next = nodes[(i + 1) % k]

def list_cycle():
    l = []
    l.append(l)

def dict_cycle():
    d = {}
    d["self"] = d

def tuple_list():
    l = []
    t = (l,)
    l.append(t)

def func_cycle():
    def f():
        return f
    return None

def class_cycle():
    class Local:
        pass

def gen_cycle():
    def g():
        yield me
    me = g()

gc.collect()
for maker in (self_loop, pair, lambda: ring(5), list_cycle, dict_cycle, tuple_list, func_cycle, class_cycle, gen_cycle):
    maker()
    print(getattr(maker, "__name__", "?"), gc.collect())
print("nothing left:", gc.collect())
