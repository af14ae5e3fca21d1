# gc.get_referents and gc.get_referrers on small graphs
# collectors: generational marksweep
import gc
a = [1, 'two']
b = {'k': a}
print(gc.get_referents(a))
print(len(gc.get_referents(b)), a in gc.get_referents(b))
refs = gc.get_referrers(a)
print(any(r is b for r in refs))
class P:
    def __init__(self):
        self.x = a
p = P()
print(sorted(type(r).__name__ for r in gc.get_referents(p)))
print(gc.get_referents(1, 'x', None))
t = (a, b)
print(len(gc.get_referents(t)))
