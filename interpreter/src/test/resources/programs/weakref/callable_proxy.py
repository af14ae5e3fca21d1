# A proxy to a callable object is a CallableProxyType and can be called.
import weakref

def greet(name):
    return "hello " + name

class Adder:
    def __call__(self, a, b):
        return a + b

p = weakref.proxy(greet)
print(type(p).__name__, p("you"))
add = Adder()
q = weakref.proxy(add)
print(type(q).__name__, q(2, 3))
del add
try:
    q(1, 1)
except ReferenceError as e:
    print("ReferenceError:", e)
