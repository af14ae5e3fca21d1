# sys.getsizeof of functions, classes, generators, iterators, views, cells, methods
import sys
def f(): pass
class C:
    def m(self): pass
def gen():
    yield 1
d = {'a': 1}
print(sys.getsizeof(f), sys.getsizeof(C().m), sys.getsizeof(gen()))
print(sys.getsizeof(iter([])), sys.getsizeof(iter(())), sys.getsizeof(iter('')), sys.getsizeof(iter({})), sys.getsizeof(iter(range(3))))
print(sys.getsizeof(d.keys()), sys.getsizeof(d.values()), sys.getsizeof(d.items()))
print(sys.getsizeof(enumerate([])), sys.getsizeof(zip()), sys.getsizeof(map(f, [])), sys.getsizeof(filter(None, [])), sys.getsizeof(reversed([])))
print(sys.getsizeof(property()), sys.getsizeof(staticmethod(f)), sys.getsizeof(classmethod(f)))
print(sys.getsizeof(Ellipsis), sys.getsizeof(NotImplemented), sys.getsizeof(ValueError()), sys.getsizeof(memoryview(b'') ) if False else 0)
