# From CPython's finalization tests: an object referring to itself is finalized by the collector;
# one that resurrects itself survives but its weakref is already cleared, and it is never finalized
# twice; one that breaks its own cycle in __del__ is freed too.
# refcount: expect suite_self_cycle.refcount.out
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

class SelfCycle(Base):
    def __init__(self):
        super().__init__()
        self.ref = self
    def check_sanity(self):
        super().check_sanity()
        assert self.ref is self

class SelfCycleResurrector(SelfCycle, Resurrector):
    pass

class Suicidal(SelfCycle):
    def side_effect(self):
        self.ref = None

gc.disable()
for cls in (SelfCycle, SelfCycleResurrector, Suicidal):
    print(cls.__name__)
    s = cls()
    labels = {id(s): "s"}
    wr = weakref.ref(s)
    del s
    report("  after del", labels, [wr])
    print("  collect:", gc.collect())
    report("  after collect", labels, [wr])
    Base.survivors.clear()
    print("  collect:", gc.collect())
    report("  again", labels, [wr])
    cleanup()
gc.enable()
