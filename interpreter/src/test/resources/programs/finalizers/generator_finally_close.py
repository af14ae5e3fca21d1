# collectors: generational marksweep
# Generators with try/finally and with blocks: when does the cleanup run (close, del, exhaustion).
import gc

class Res:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self
    def __exit__(self, *exc):
        print("exit", self.n, exc[0].__name__ if exc[0] else None)
        return False

def reader(n):
    with Res(n):
        try:
            for i in range(3):
                yield i
        finally:
            print("finally", n)

g = reader(1)
print(next(g))
print("deleting suspended generator")
del g
print("-- exhaustion")
print(list(reader(2)))
print("-- close()")
g = reader(3)
next(g)
g.close()
print("closed", g.gi_frame)
print("-- throw")
g = reader(4)
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
print("-- never started")
g = reader(5)
del g
print("-- in a cycle")
g = reader(6)
next(g)
holder = [g]
holder.append(holder)
del g, holder
print("collect", gc.collect() > 0)
print("-- break out of for")
for x in reader(7):
    if x == 1:
        break
print("after break")
