# A coroutine-style generator that fails on a value sent to it: the traceback goes through
# send() at the call site into the generator's frame, with the caret under the failing
# division; its state afterwards is closed.
def running_ratio():
    total = count = 0
    ratio = None
    while True:
        value = yield ratio
        total += value
        count += 1
        ratio = total / (count - 3)

gen = running_ratio()
next(gen)
for v in (10, 20):
    print("sent", v, "->", gen.send(v))
gen.send(30)
