# "Why is my memory not freed?": a generator suspended at a yield keeps its
# frame and its locals (and any open resource in a try/with) until it is
# exhausted, closed or freed; gi_frame, gi_suspended and f_locals show it.
import inspect
import sys

class Resource:
    opened = 0
    def __init__(self, name):
        self.name = name
        Resource.opened += 1
    def close(self):
        Resource.opened -= 1
        print("  closed", self.name)

def reader(name, lines):
    res = Resource(name)
    try:
        buffer = [f"{name}:{i}" for i in range(lines)]
        for line in buffer:
            yield line
    finally:
        res.close()

gens = [reader(f"file{i}", 100) for i in range(3)]
print("created:", Resource.opened, [inspect.getgeneratorstate(g) for g in gens])
firsts = [next(g) for g in gens]
print("started:", Resource.opened, firsts, [inspect.getgeneratorstate(g) for g in gens])
frame = gens[0].gi_frame
print("suspended frame locals:", sorted(frame.f_locals), len(frame.f_locals["buffer"]))
print("gi_suspended:", gens[0].gi_suspended, "gi_running:", gens[0].gi_running)
del frame
print("closing the first:")
gens[0].close()
print("state:", inspect.getgeneratorstate(gens[0]), "gi_frame:", gens[0].gi_frame)
print("exhausting the second:")
rest = list(gens[1])
print("read", len(rest), inspect.getgeneratorstate(gens[1]))
print("dropping the third (freed, so finally runs):")
g3 = gens.pop()
del gens
g3 = None
print("opened:", Resource.opened)

def never_started():
    res = Resource("lazy")
    yield res
g = never_started()
print("never started opened nothing:", Resource.opened, inspect.getgeneratorstate(g))
del g
print("frames of the caller:", sys._getframe().f_code.co_name)
