# A suspended generator whose frame holds the generator itself is a cycle, but collecting it
# counts nothing: finalizing the generator (PEP 442) closes it, the frame lets go of its locals and
# the generator is freed by its refcount before the collector would have cleared it.
import gc
import weakref


def gen():
    me = yield
    yield me


g = gen()
next(g)
g.send(g)
w = weakref.ref(g)
del g
print(w() is not None)
print(gc.collect())
print(w())


def plain():
    yield 1


h = plain()
next(h)
holder = [h]
holder.append(holder)
w2 = weakref.ref(h)
del h, holder
print(gc.collect(), w2())
