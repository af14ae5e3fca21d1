# From CPython's finalization tests: an object in no cycle is finalized by its refcount reaching 0
# (its __del__ runs at the del); one that stores itself in __del__ survives with its weakref alive,
# and when dropped again it is freed without a second __del__.
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

gc.disable()
s = Base()
labels = {id(s): "s"}
wr = weakref.ref(s)
del s
report("after del", labels, [wr])
gc.collect()
report("after collect", labels, [wr])
cleanup()

s = Resurrector()
labels = {id(s): "r"}
wr = weakref.ref(s)
del s
gc.collect()
report("after collect", labels, [wr])
Base.survivors.clear()
gc.collect()
report("survivors cleared", labels, [wr])
cleanup()
gc.enable()
