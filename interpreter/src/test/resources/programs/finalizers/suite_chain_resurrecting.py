# From CPython's finalization tests: in a ring where some __del__ store their object, every node
# is finalized once, the stored ones survive (and keep the rest of the ring alive), all weakrefs
# are cleared, and the next collection after the survivors are dropped calls no __del__.
# refcount: expect suite_chain_resurrecting.refcount.out
import gc
import weakref

class Base:
    survivors = []
    del_calls = []
    errors = []
    cleaning = False

    def __init__(self):
        self.id_ = id(self)

    def check_sanity(self):
        assert self.id_ == id(self)

    def __del__(self):
        try:
            if not Base.cleaning:
                self.del_calls.append(id(self))
                self.check_sanity()
                self.side_effect()
        except Exception as e:
            self.errors.append(e)

    def side_effect(self):
        pass

class Resurrector(Base):
    def side_effect(self):
        self.survivors.append(self)

def names(ids, labels):
    return sorted(labels.get(i, "?") for i in ids)

def report(step, labels, wrs=None):
    line = [step, "del:", names(Base.del_calls, labels),
            "survivors:", names([id(s) for s in Base.survivors], labels)]
    if wrs is not None:
        line += ["dead refs:", [wr() is None for wr in wrs]]
    print(*line)

def cleanup():
    Base.cleaning = True
    Base.survivors.clear()
    gc.collect()
    Base.del_calls.clear()
    if Base.errors:
        print("errors:", Base.errors)
    Base.errors.clear()
    print("garbage:", gc.garbage)
    Base.cleaning = False

class Chained(Base):
    def chain(self, left):
        self.suicided = False
        self.left = left
        left.right = self

    def check_sanity(self):
        super().check_sanity()
        if self.suicided:
            assert self.left is None
            assert self.right is None
        else:
            left = self.left
            if left.suicided:
                assert left.right is None
            else:
                assert left.right is self
            right = self.right
            if right.suicided:
                assert right.left is None
            else:
                assert right.left is self

class SimpleChained(Chained):
    pass

class ChainedResurrector(Chained, Resurrector):
    pass

class SuicidalChained(Chained):
    def side_effect(self):
        self.suicided = True
        self.left = None
        self.right = None

def build_chain(classes):
    nodes = [cls() for cls in classes]
    for i in range(len(nodes)):
        nodes[i].chain(nodes[i-1])
    return nodes

def run(classes):
    print([cls.__name__ for cls in classes])
    nodes = build_chain(classes)
    labels = {id(n): str(i) for i, n in enumerate(nodes)}
    wrs = [weakref.ref(n) for n in nodes]
    del nodes
    print("  collect:", gc.collect())
    report("  after collect", labels, wrs)
    Base.survivors.clear()
    print("  collect:", gc.collect())
    report("  again", labels, wrs)
    cleanup()

gc.disable()
run([ChainedResurrector] * 3)
run([ChainedResurrector, SimpleChained] * 2)
run([ChainedResurrector, SimpleChained, SuicidalChained] * 2)
run([ChainedResurrector] * 2 + [SimpleChained] * 2 + [SuicidalChained] * 2)
gc.enable()
