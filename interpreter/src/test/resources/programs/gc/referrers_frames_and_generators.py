# gc.get_referrers finds the frames of running functions and suspended generators holding an object.
import gc
import types

target = object()

def holder_gen():
    x = target
    yield 1
    yield 2

g = holder_gen()
next(g)

def running():
    y = target
    frames = [r for r in gc.get_referrers(target) if isinstance(r, types.FrameType)]
    return sorted(f.f_code.co_name for f in frames)

print(running())
g.close()
print(running())

def nested():
    z = target
    return running()
print(nested())
refs = gc.get_referrers(target)
print(sum(1 for r in refs if r is globals()))
print(gc.get_referents(g) == [] or "has referents", [type(x).__name__ for x in gc.get_referents(g)])
