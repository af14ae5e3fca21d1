# An observer list that stores bound methods by WeakMethod, plain functions by ref, and finalize hooks.
import weakref

class Subject:
    def __init__(self):
        self._obs = []
    def attach(self, cb):
        if hasattr(cb, "__self__"):
            r = weakref.WeakMethod(cb, self._gone)
        else:
            r = weakref.ref(cb, self._gone)
        self._obs.append(r)
    def _gone(self, r):
        print("observer gone; left", len(self._obs) - 1)
        self._obs.remove(r)
    def notify(self, msg):
        for r in list(self._obs):
            cb = r()
            if cb is not None:
                cb(msg)

class Panel:
    def __init__(self, name):
        self.name = name
    def update(self, msg):
        print(self.name, "got", msg)

s = Subject()
a, b = Panel("a"), Panel("b")
s.attach(a.update)
s.attach(b.update)
def logger(msg):
    print("log", msg)
s.attach(logger)
s.notify("one")
del a
s.notify("two")
del logger
s.notify("three")
wm = weakref.WeakMethod(b.update)
print("WeakMethod equal to itself-like:", wm == weakref.WeakMethod(b.update), wm() == b.update)
f = weakref.finalize(b, print, "finalize b")
print("finalize alive", f.alive, f.peek()[1:])
del b
print("after b gone", f.alive, len(s._obs))
