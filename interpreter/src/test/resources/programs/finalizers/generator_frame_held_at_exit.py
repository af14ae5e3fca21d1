# A generator's frame object kept in a global while the generator is suspended (and another, of a
# generator that finished, which took its locals over): the frame object of a running or suspended
# frame holds no references of its own (it is not tracked and has no referents but f_back and
# f_trace), so at exit the module's cycle is collected and both generators' locals are finalized.
# refcount: expect generator_frame_held_at_exit.refcount.out
# marksweep: expect generator_frame_held_at_exit.marksweep.out
import gc
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


def gen(name):
    d = D(name)
    yield 1
    print("finishing", name)


done = gen("finished")
done_frame = done.gi_frame
next(done)
for _ in done:
    pass
print(done.gi_frame, done_frame.f_locals["name"], gc.is_tracked(done_frame))

suspended = gen("suspended")
next(suspended)
suspended_frame = suspended.gi_frame
print(gc.is_tracked(suspended_frame), gc.get_referents(suspended_frame))
print(suspended_frame.f_code.co_name, suspended_frame.f_locals["d"].name)


def running():
    frame = sys._getframe()
    return gc.is_tracked(frame), gc.get_referents(frame)


print(running())
print("end of the program")
