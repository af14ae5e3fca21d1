# Sizes of tuples vs lists, generators vs lists, functions, classes and modules.
import sys

nums_list = [x * x for x in range(1000)]
nums_gen = (x * x for x in range(1000))
print("list comprehension of 1000:", sys.getsizeof(nums_list))
print("generator expression:", sys.getsizeof(nums_gen))
print("sum equal:", sum(nums_list) == sum(nums_gen))
print("exhausted generator:", sys.getsizeof(nums_gen))

def gen():
    yield 1
    yield 2

def gen_with_locals():
    a = b = c = d = 0
    yield a + b + c + d

print("gen():", sys.getsizeof(gen()), "gen_with_locals():", sys.getsizeof(gen_with_locals()))

for n in (0, 1, 2, 5, 10):
    t = tuple(range(n))
    l = list(range(n))
    print(f"n={n}: tuple {sys.getsizeof(t)}, list {sys.getsizeof(l)}")

def f():
    pass

def g(a, b=1, *args, **kwargs):
    return a

print("function:", sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(lambda: 0))
print("code object positive:", sys.getsizeof(f.__code__) > 0)

class A:
    pass

class B(A):
    x = 1
    def m(self):
        return self

print("class A:", sys.getsizeof(A), "class B:", sys.getsizeof(B))
print("instance:", sys.getsizeof(A()), "bound method:", sys.getsizeof(B().m))
print("module sys:", sys.getsizeof(sys))
print("staticmethod:", sys.getsizeof(staticmethod(f)), "classmethod:", sys.getsizeof(classmethod(f)))
print("property:", sys.getsizeof(property()))
print("cell-using closure:", sys.getsizeof((lambda x: (lambda: x))(1)))
print("builtin function:", sys.getsizeof(len), "method-wrapper:", sys.getsizeof((1).__add__))
