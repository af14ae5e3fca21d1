# refcount: expect callback_order_cycles_and_chains.refcount.out
# The order weakref callbacks run in, as a teacher lays it out: for one object, newest ref first
# (PyObject_ClearWeakRefs walks the list from its tail), the proxy's callback too (given the dead
# proxy); for a chain freed by refcounts, the head's callbacks run before the objects it held are
# freed; for a cycle collected by gc, callbacks of refs that are themselves garbage are not called
# (printed sorted: the outside refs' order is the collector's); a callback that runs first sees
# the objects the dying one held still alive; all callbacks are gathered before the first runs,
# so one that drops another ref does not stop that ref's callback.
import gc
import weakref

log = []


class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

    def __repr__(self):
        return f"Node({self.name})"


def cb(tag):
    def callback(ref):
        log.append((tag, ref() is None))
    return callback


# several refs to one object
n = Node("solo")
refs = [weakref.ref(n, cb(f"ref{i}")) for i in range(3)]
prox = weakref.proxy(n, lambda p: log.append(("proxy", type(p).__name__)))
plain = weakref.ref(n)
print("refs are distinct:", refs[0] is not refs[1], "plain shared:", plain is weakref.ref(n))
print("getweakrefcount:", weakref.getweakrefcount(n))
del n
print("one object:", log)
log.clear()

# a chain freed by refcounting: head first, then what it held
a, b, c = Node("a"), Node("b"), Node("c")
a.next = b
b.next = c
keep = [weakref.ref(x, cb(x.name)) for x in (c, b, a)]
del b, c
print("chain still alive:", [r() for r in keep])
del a
print("chain freed:", log)
log.clear()

# a cycle collected by gc, with refs held outside
gc.disable()
x, y, z = Node("x"), Node("y"), Node("z")
x.next, y.next, z.next = y, z, x
outside = [weakref.ref(o, cb(o.name)) for o in (x, y, z)]
# a ref that is itself part of the garbage: held by the cycle
x.inner_ref = weakref.ref(y, cb("inner"))
del x, y, z
collected = gc.collect()
gc.enable()
print("cycle collected:", collected, sorted(log))
print("all outside refs dead:", [r() for r in outside])
log.clear()

# the first callback runs while what the dead object held is still alive
first = Node("first")
second = Node("second")
first.next = second
seen = []
r_second = weakref.ref(second, lambda r: seen.append(("second cb", r() is None)))
r_first = weakref.ref(first, lambda r: seen.append(("first cb", r() is None, r_second() is not None)))
del second
del first
print("first's callback sees second alive:", seen)

# a callback removing another ref: that ref's callback does not run
victims = []
t = Node("t")
r2 = weakref.ref(t, lambda r: victims.append("r2"))
r1 = weakref.ref(t, lambda r: victims.append("r1"))
holder = {"r2": r2}
del r2
r3 = weakref.ref(t, lambda r: (victims.append("r3"), holder.clear()))
del t
print("callbacks with a ref dropped by another:", victims)
