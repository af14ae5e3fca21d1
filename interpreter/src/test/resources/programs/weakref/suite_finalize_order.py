# From CPython's weakref tests: finalizers of one object run newest first when it dies, also those
# whose finalize objects the program dropped; a detached or already called one does not run; a
# finalize subclass and its function are freed once they ran.
import weakref

class A:
    pass

a = A()
res = []
f1 = weakref.finalize(a, res.append, 'f1')
f2 = weakref.finalize(a, res.append, 'f2')
f3 = weakref.finalize(a, res.append, 'f3')
f4 = weakref.finalize(a, res.append, 'f4')
f5 = weakref.finalize(a, res.append, 'f5')
del f1, f4
print(f2.alive, f3.alive, f5.alive)
print(bool(f5.detach()), f5.alive)
f5()
res.append('A')
f3()
print(f3.alive)
res.append('B')
f3()
res.append('C')
del a
print(f2.alive)
res.append('D')
f2()
print(res)

class MyFinalizer(weakref.finalize):
    pass

a = A()
res = []
def callback():
    res.append(123)
f = MyFinalizer(a, callback)
wr_callback = weakref.ref(callback)
wr_f = weakref.ref(f)
del callback, f
print(wr_callback() is not None, wr_f() is not None)
del a
print(wr_callback(), wr_f(), res)

for name in ('ReferenceType', 'ProxyType', 'CallableProxyType', 'WeakMethod', 'WeakSet',
             'WeakKeyDictionary', 'WeakValueDictionary', 'finalize'):
    obj = getattr(weakref, name)
    print(name, obj.__module__, obj.__name__, obj.__qualname__)
