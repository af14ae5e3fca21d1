# One object held from many places: each container, attribute, closure and default adds one reference.
import sys

class Box:
    pass

payload = object()
print("start:", sys.getrefcount(payload))
holders = [payload]
print("in a list:", sys.getrefcount(payload))
tup = (payload, payload)
print("twice in a tuple:", sys.getrefcount(payload))
d = {"k": payload}
print("dict value:", sys.getrefcount(payload))
d2 = {payload: 1}
print("dict key:", sys.getrefcount(payload))
s = {payload}
print("set:", sys.getrefcount(payload))
b = Box()
b.attr = payload
print("instance attr:", sys.getrefcount(payload))
Box.cls_attr = payload
print("class attr:", sys.getrefcount(payload))

def make():
    def inner():
        return payload_local
    payload_local = payload
    return inner

fn = make()
print("closure cell:", sys.getrefcount(payload))

def with_default(x=payload):
    return x

print("default arg:", sys.getrefcount(payload))
with_default()
print("after call:", sys.getrefcount(payload))
del holders, tup, d, d2, s
print("after del containers:", sys.getrefcount(payload))
del b.attr, Box.cls_attr
print("after del attrs:", sys.getrefcount(payload))
del fn
print("after del closure:", sys.getrefcount(payload))
del with_default
print("after del function:", sys.getrefcount(payload))
