# A weakref's callback is a reference the collector sees (weakref's tp_traverse visits wr_callback):
# a weakref to a built-in type that lives only inside a garbage cycle goes with the cycle, and so does
# its callback, which nothing else holds.
# refcount: expect callback_is_traversed.refcount.out
import gc
from _weakref import ref


def make():
    def cb(r):
        print("callback ran")
    return cb


cb = make()
r = ref(int, cb)
print("get_referents is the callback:", gc.get_referents(r) == [cb])
watch = ref(cb)


class Holder:
    pass


Holder.keep = [r]  # a class is always in a cycle with its own __dict__ and __mro__
del r, cb
print("callback alive while the class is:", watch() is not None)
del Holder
print("the collection found the cycle:", gc.collect() > 0)
print("callback freed with it:", watch() is None)
