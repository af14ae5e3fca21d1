# Weak references and the order their callbacks run in.
import weakref

class Resource:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"<Resource {self.name}>"

def make_cb(label):
    def cb(ref):
        print(f"callback {label}: ref() is {ref()}")
    return cb

r = Resource("db")
w1 = weakref.ref(r, make_cb("first"))
w2 = weakref.ref(r, make_cb("second"))
w3 = weakref.ref(r)
w4 = weakref.ref(r)
print("plain refs shared:", w3 is w4)
print("refs with callbacks distinct:", w1 is w2)
print("weakref count:", weakref.getweakrefcount(r))
print("w1():", w1())
print("w1 == w2 while alive:", w1 == w2)
print("repr looks like:", repr(w3).startswith("<weakref at"))
del r
print("after del: w3() ->", w3())
print("dead refs equal?", w1 == w2, w1 == w1)

items = [Resource(i) for i in range(3)]
refs = [weakref.ref(x, make_cb(f"item{x.name}")) for x in items]
print("deleting the list")
del items
print("all dead:", [ref() for ref in refs])
try:
    weakref.ref(42)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref([1, 2])
except TypeError as e:
    print("TypeError:", e)
