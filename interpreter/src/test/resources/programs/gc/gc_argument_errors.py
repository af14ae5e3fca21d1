# The gc module's int arguments: __index__ accepted, other types and huge ints refused with CPython's errors.
import gc

class Gen:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

calls = [
    ("collect('1')", lambda: gc.collect("1")),
    ("collect(1.0)", lambda: gc.collect(1.0)),
    ("collect(5)", lambda: gc.collect(5)),
    ("collect(-1)", lambda: gc.collect(-1)),
    ("collect(2**70)", lambda: gc.collect(2 ** 70)),
    ("collect(None)", lambda: gc.collect(None)),
    ("set_debug('x')", lambda: gc.set_debug("x")),
    ("set_debug(2**40)", lambda: gc.set_debug(2 ** 40)),
    ("set_debug(1.5)", lambda: gc.set_debug(1.5)),
    ("set_threshold('a')", lambda: gc.set_threshold("a")),
    ("set_threshold(1, 2.5)", lambda: gc.set_threshold(1, 2.5)),
    ("get_objects('1')", lambda: gc.get_objects("1")),
    ("get_objects(3)", lambda: gc.get_objects(3)),
    ("is_tracked()", lambda: gc.is_tracked()),
    ("get_referents(x=1)", lambda: gc.get_referents(x=1)),
]
for label, call in calls:
    try:
        call()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)

print("collect(Gen(0)):", gc.collect(Gen(0)))
print("collect(True):", gc.collect(True))
gc.set_debug(Gen(0))
print("debug:", gc.get_debug())
gc.set_threshold(Gen(500), Gen(5))
print("threshold:", gc.get_threshold())
gc.set_threshold(700, 10, 10)
print("restored:", gc.get_threshold())
