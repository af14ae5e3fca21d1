# threading.local: each thread sees its own attributes; a subclass's __init__ runs once per thread
# with the constructor's arguments; what a thread stored is released when the thread ends.
import threading, sys, gc, weakref

data = threading.local()
data.x = "main"
seen = []
def work(n):
    seen.append(hasattr(data, "x"))
    data.x = n
    seen.append(data.x)
t = threading.Thread(target=work, args=(1,))
t.start(); t.join()
print(seen, data.x, data.__dict__)

class Token:
    pass
freed = []
def keep():
    tok = Token()
    weakref.finalize(tok, freed.append, "freed")
    data.tok = tok
    print("in thread:", sys.getrefcount(tok))
t = threading.Thread(target=keep)
t.start(); t.join()
print("after join:", freed)

class MyLocal(threading.local):
    initialized = 0
    def __init__(self, base):
        self.value = base
        MyLocal.initialized += 1
    def double(self):
        return self.value * 2
m = MyLocal(21)
out = []
def use():
    out.append((m.value, m.double()))
    m.value = 5
    out.append(m.double())
t = threading.Thread(target=use)
t.start(); t.join()
print(out, m.value, MyLocal.initialized)
try:
    threading.local(1)
except TypeError as e:
    print(e)
del data.x
try:
    data.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    data.__dict__ = {}
except AttributeError as e:
    print(e)
print(type(data).__name__, type(data).__module__)
