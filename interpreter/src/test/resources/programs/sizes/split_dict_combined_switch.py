# a class's instances share one keys object until a dict is made combined
import sys
class A:
    def __init__(self):
        self.a = 1
        self.b = 2
x = A()
y = A()
print(sys.getsizeof(x.__dict__), sys.getsizeof(y.__dict__))
d = x.__dict__
d[1] = "non-str key"
print(sys.getsizeof(d))
z = A()
print(sys.getsizeof(z.__dict__))
w = A()
w.__dict__.pop("a")
print(sys.getsizeof(w.__dict__), list(w.__dict__))
v = A()
v.c = 3
v.d = 4
v.e = 5
v.f = 6
print(sys.getsizeof(v.__dict__))
print(sys.getsizeof(dict(x.__dict__)), sys.getsizeof(vars(y).copy()))
