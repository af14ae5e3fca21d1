# sys.unraisablehook: errors that cannot propagate (__del__, weakref callbacks)
# reach the program's hook as an UnraisableHookArgs; an error in the hook itself is reported by
# the default hook; sys.__unraisablehook__ is the default.
import sys
import weakref

print(sys.unraisablehook is sys.__unraisablehook__, type(sys.unraisablehook).__name__)

seen = []

def hook(unraisable):
    seen.append(unraisable)
    print("hook:", type(unraisable).__name__, unraisable.exc_type.__name__, unraisable.exc_value,
          unraisable.err_msg, type(unraisable.object).__name__,
          getattr(unraisable.object, '__qualname__', None))
    print("  traceback frames:", unraisable.exc_traceback is not None and unraisable.exc_traceback.tb_frame.f_code.co_name)

sys.unraisablehook = hook


class Noisy:
    def __del__(self):
        raise ValueError("from __del__")


n = Noisy()
del n
print("after del")


class Node:
    pass


def callback(ref):
    raise KeyError("from callback")


node = Node()
r = weakref.ref(node, callback)
del node
print("after weakref")

holder = [Noisy(), Noisy()]
del holder
print("after the list")

print(len(seen), [u.exc_type.__name__ for u in seen])
seen.clear()


def broken_hook(unraisable):
    raise RuntimeError("the hook failed")


sys.unraisablehook = broken_hook
n = Noisy()
del n
print("after broken hook")

sys.unraisablehook = sys.__unraisablehook__
n = Noisy()
del n
print("back to the default")

try:
    sys.__unraisablehook__(42)
except TypeError as e:
    print("TypeError:", e)
