# A bound method pickles as getattr(obj, name) (method.__reduce__), so a method of an instance or a
# class method crosses pickle, and a multiprocessing target may be one.
import pickle
class A:
    def __init__(self, v): self.v = v
    def f(self): return self.v
    @classmethod
    def c(cls): return cls.__name__
a = A(5)
r = a.f.__reduce__()
print(r[0], r[1][1], r[1][0] is a)
b = pickle.loads(pickle.dumps(a.f))
print(b(), type(b).__name__, b.__self__.v)
print(pickle.loads(pickle.dumps(A.c))())
print(A.c.__reduce__()[1])
try:
    a.f.__reduce__(1)
except TypeError as e:
    print(e)
