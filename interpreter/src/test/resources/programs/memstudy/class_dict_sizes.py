# Sizes of class objects, their __dict__ mappingproxy and the instance __dict__ before/after.
import sys

class Empty:
    pass

class WithMethods:
    a = 1
    b = 2
    def f(self): pass
    def g(self): pass

print("class objects:", sys.getsizeof(Empty), sys.getsizeof(WithMethods))
print("mappingproxy:", sys.getsizeof(Empty.__dict__), type(Empty.__dict__).__name__)
print("keys of Empty:", sorted(Empty.__dict__))
print("keys of WithMethods:", sorted(k for k in WithMethods.__dict__ if not k.startswith("__")))
e = Empty()
print("instance:", sys.getsizeof(e))
print("instance __dict__ empty:", sys.getsizeof(e.__dict__), e.__dict__)
e.a = 1
print("one attribute:", sys.getsizeof(e.__dict__))
for i in range(10):
    setattr(e, f"attr{i}", i)
print("eleven attributes:", sys.getsizeof(e.__dict__))
e2 = Empty()
e2.__dict__.update({"x": 1, "y": 2})
print("update():", sys.getsizeof(e2.__dict__))
e3 = Empty()
e3.__dict__ = {"p": 1}
print("replaced dict:", sys.getsizeof(e3.__dict__), sys.getsizeof(e3))
print("vars is __dict__:", vars(e3) is e3.__dict__)
print("type(e).__dict__ read-only:", end=" ")
try:
    Empty.__dict__["z"] = 1
except TypeError as err:
    print(err)
print("object has no __dict__:", hasattr(object(), "__dict__"))
print("int has no __dict__:", hasattr(5, "__dict__"))
