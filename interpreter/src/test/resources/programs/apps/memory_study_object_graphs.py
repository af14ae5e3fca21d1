# A whole application: a memory study that builds and breaks object graphs the way applications do
# (a document tree with parent links, an observer registry, a cache of bound methods, a linked
# list, closures capturing themselves) and prints, step by step, gc.collect() results,
# sys.getrefcount deltas, sys.getsizeof of the pieces, gc.is_tracked, weakref liveness and
# finalizer order; no addresses, only counts and comparisons.
# refcount: expect memory_study_object_graphs.refcount.out
import gc
import sys
import weakref

events = []


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def __del__(self):
        events.append(f"del {self.name}")

    def __repr__(self):
        return f"<Node {self.name}>"


def step(title):
    found = gc.collect()
    print(f"[{title}] collected={found} events={events[:]}")
    events.clear()


gc.collect()
step("start")

# 1. a tree with parent links: every child is in a cycle with its parent
root = Node("root")
for i in range(3):
    child = Node(f"c{i}", root)
    for j in range(2):
        Node(f"c{i}.{j}", child)
del child
probe = weakref.ref(root.children[1].children[0])
print("tree nodes reachable:", 1 + len(root.children) + sum(len(c.children) for c in root.children))
print("refcount of root (from children + name + arg):", sys.getrefcount(root))
print("is_tracked:", gc.is_tracked(root), gc.is_tracked(root.name), gc.is_tracked(root.children))
del root
print("after del root, weakref alive:", probe() is not None, "events:", len(events))
step("tree")
print("weakref after collect:", probe())

# 2. the same tree with weak parent links frees by refcount alone
class WeakNode:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self._parent = weakref.ref(parent) if parent is not None else None
        if parent is not None:
            parent.children.append(self)

    @property
    def parent(self):
        return self._parent() if self._parent else None

    def __del__(self):
        events.append(f"del {self.name}")

    def __repr__(self):
        return f"<WeakNode {self.name}>"


wroot = WeakNode("wroot")
for i in range(2):
    WeakNode(f"w{i}", wroot)
print("weak parent:", wroot.children[0].parent, "refcount of wroot:", sys.getrefcount(wroot))
del wroot
print("freed by refcount:", sorted(events))
events.clear()
step("weak tree")

# 3. an observer registry holding bound methods keeps observers alive; WeakMethod does not
class Button:
    def __init__(self):
        self.handlers = []
        self.weak_handlers = []

    def on_click(self, fn):
        self.handlers.append(fn)

    def on_click_weak(self, method):
        self.weak_handlers.append(weakref.WeakMethod(method))

    def click(self):
        calls = [h("click") for h in self.handlers]
        calls += [wm()("click") for wm in self.weak_handlers if wm() is not None]
        return calls


class Listener(Node):
    def handle(self, what):
        return f"{self.name} got {what}"


button = Button()
strong = Listener("strong")
weak = Listener("weak")
before = sys.getrefcount(strong)
button.on_click(strong.handle)
print("bound method holds its instance: +", sys.getrefcount(strong) - before)
button.on_click_weak(weak.handle)
print(button.click())
del strong, weak
print("after del:", events, button.click())
events.clear()
button.handlers.clear()
print("handlers cleared:", events)
events.clear()

# 4. a self-referencing closure and a cache of bound methods stored on the instance
class Service(Node):
    def __init__(self, name):
        super().__init__(name)
        self.dispatch = {"ping": self.ping}

    def ping(self):
        return "pong"


svc = Service("svc")
ref = weakref.ref(svc)
print("dispatch:", svc.dispatch["ping"](), "tracked:", gc.is_tracked(svc.dispatch))
del svc
print("alive before collect:", ref() is not None)
step("bound-method cache")


def make_counter():
    count = 0

    def counter():
        nonlocal count
        count += 1
        return counter
    counter.self_ref = counter
    return counter


c = make_counter()
wc = weakref.ref(c)
print("closure calls:", c()()() is c, c.__closure__[0].cell_contents is c or "cell holds count")
del c
print("closure alive before collect:", wc() is not None)
step("closure")
print("closure after collect, gone:", wc() is None)

# 5. a doubly linked list: getsizeof of the pieces, then break it by hand
class Link:
    __slots__ = ("value", "prev", "next", "__weakref__")

    def __init__(self, value):
        self.value, self.prev, self.next = value, None, None


head = prev = Link(0)
for v in range(1, 50):
    link = Link(v)
    link.prev, prev.next = prev, link
    prev = link
refs = [weakref.ref(head), weakref.ref(prev)]
print("sizes: Link", sys.getsizeof(head), "Node", sys.getsizeof(Node("tmp")), "its dict", sys.getsizeof(Node("tmp2").__dict__))
events.clear()
n = head
while n.next:
    n.next.prev = None
    n = n.next
del head, prev, link, n
print("broken by hand, alive:", [r() is not None for r in refs])
step("linked list")

# 6. garbage with __del__ that resurrects one object
saved = []


class Phoenix(Node):
    def __del__(self):
        events.append(f"del {self.name}")
        if self.name == "phoenix":
            saved.append(self)


a, b = Phoenix("phoenix"), Phoenix("ash")
a.other, b.other = b, a
del a, b
step("resurrection")
print("saved:", saved, "finalized:", gc.is_finalized(saved[0]) if saved else None, "partner:", saved[0].other if saved else None)
saved.clear()
step("after clearing saved")

# 7. sizes of containers as the app grows them
registry = {}
sizes = []
for i in range(12):
    registry[f"k{i}"] = [i] * i
    sizes.append(sys.getsizeof(registry))
print("dict sizes:", sorted(set(sizes)))
lst = []
growth = []
for i in range(20):
    lst.append(i)
    if not growth or growth[-1] != sys.getsizeof(lst):
        growth.append(sys.getsizeof(lst))
print("list growth:", growth)
print("getsizeof:", sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof(2 ** 100),
      sys.getsizeof(set()), sys.getsizeof(frozenset(range(5))), sys.getsizeof(b"xy"), sys.getsizeof(1.5))
print("gc thresholds:", gc.get_threshold(), "garbage:", gc.garbage, "isenabled:", gc.isenabled())
print("referents of a pair:", [type(x).__name__ for x in gc.get_referents([1, "a", None])])
box = {"self": None}
box["self"] = box
print("referrers include box's own value:", any(r is box for r in gc.get_referrers(box)))
del box
step("end")
