# Suspended generators hold their frame's locals; close(), exhausting or dropping releases them.
import sys
import weakref
import gc

class Chunk:
    alive = 0
    def __init__(self):
        Chunk.alive += 1
    def __del__(self):
        Chunk.alive -= 1

def stream(n):
    buf = Chunk()
    for i in range(n):
        yield i

gens = [stream(3) for _ in range(5)]
print("created, none started", Chunk.alive)
for g in gens:
    next(g)
print("all started", Chunk.alive)
gens[0].close()
print("closed one", Chunk.alive, gens[0].gi_frame)
list(gens[1])
print("exhausted one", Chunk.alive)
del gens[2]
print("dropped one", Chunk.alive)
g = gens[-1]
print("frame locals", sorted(g.gi_frame.f_locals), g.gi_running, g.gi_suspended)
pipeline = (x * 2 for x in stream(10))
next(pipeline)
print("pipeline holds inner", Chunk.alive, type(pipeline.gi_frame.f_locals[".0"]).__name__)
del pipeline
print("pipeline dropped", Chunk.alive)
gens.clear(); del g
print("end", Chunk.alive)
