# A generator's finally and with blocks run when it is closed, freed, collected in a cycle, or at exit.
import gc

class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

def worker(name):
    with Res(name):
        try:
            yield 1
            yield 2
        finally:
            print("finally", name)

g = worker("closed")
next(g)
g.close()
print("--")
g = worker("freed")
next(g)
del g
print("--")
g = worker("cycle")
next(g)
g.me = None if False else None
box = [g]
box.append(box)
del g, box
print("collected:", gc.collect() > 0)
print("--")
g = worker("exhausted")
print(list(g))
print("--")
at_exit = worker("at exit")
next(at_exit)
print("end of main")
