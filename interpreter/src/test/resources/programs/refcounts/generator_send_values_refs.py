# Values sent into a generator and yielded out of it, counted: a suspended
# generator holds its locals, the value it last yielded is only the
# caller's, send() hands an object to the frame, close() releases all.
import sys

def rc(obj):
    return sys.getrefcount(obj) - 1

token = ["token"]
answer = ["answer"]

def echo():
    received = None
    while True:
        received = yield received
        if received is None:
            break

g = echo()
next(g)
print("token before send:", rc(token))
out = g.send(token)
print("sent and echoed back:", out is token, rc(token))
del out
print("held by the frame only:", rc(token))
g.send(answer)
print("after the next send:", rc(token), rc(answer))
try:
    g.send(None)
except StopIteration:
    print("generator finished")
print("after finishing:", rc(answer), g.gi_frame)

def accumulate():
    items = []
    while True:
        item = yield len(items)
        items.append(item)

acc = accumulate()
next(acc)
for _ in range(3):
    acc.send(token)
print("three sends kept:", rc(token))
print("frame locals:", sorted(acc.gi_frame.f_locals), len(acc.gi_frame.f_locals["items"]))
acc.close()
print("after close:", rc(token), acc.gi_frame)

def thrower():
    try:
        yield 1
    except ValueError as e:
        kept = e
        yield kept
g = thrower()
next(g)
err = ValueError(token)
got = g.throw(err)
print("thrown exception yielded back:", got is err, rc(err))
del got
g.close()
print("after close:", rc(err), rc(token))
