# __del__ of objects held by suspended generators and frames: closing, exhausting, and dropping them.
import gc

class Guard:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def producer(name):
    g = Guard(name)
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)

p = producer("closed")
next(p)
p.close()
print("after close")
q = producer("dropped")
next(q)
del q
print("after drop")
r = producer("exhausted")
print(list(r))
print("after exhaust")
def holder():
    g = Guard("local")
    return 42
print(holder())
def raiser():
    g = Guard("in-raising-frame")
    raise ValueError("x")
try:
    raiser()
except ValueError as e:
    print("caught, traceback keeps frame")
print("after except block")
s = producer("cyclic")
next(s)
s.me = None
c = [s]
c.append(c)
del s, c
print("before gc")
gc.collect()
print("end")
