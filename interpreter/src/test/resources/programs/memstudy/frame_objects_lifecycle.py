# Frame objects in 3.11: sys._getframe() makes one frame object, untracked while its frame runs;
# when the frame ends and the object lives on, it takes the frame over (tracked from then on) and its
# f_back becomes the caller's frame object. A traceback's frames keep their f_back chain; a frame
# object does not count as a referrer of its globals.
import sys, gc

def frames_of(kind):
    return sum(1 for o in gc.get_objects() if type(o).__name__ == kind)

def inner():
    f = sys._getframe()
    return f, frames_of('frame')

def outer():
    return inner()

before = frames_of('frame')
f, during = outer()
print("frame objects made by _getframe:", during - before)
print("after the calls return:", frames_of('frame') - before)
print("f_back chain:", f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name, f.f_back.f_back.f_back)
del f

def fail():
    1 / 0

def call_fail():
    fail()

try:
    call_fail()
except ZeroDivisionError as e:
    tb = e.__traceback__
names = []
fr = tb.tb_next.tb_next.tb_frame
while fr is not None:
    names.append(fr.f_code.co_name)
    fr = fr.f_back
print("traceback frame's f_back chain:", names)

def lazy():
    f = sys._getframe()
    n = frames_of('frame')
    b = f.f_back
    return frames_of('frame') - n, b.f_code.co_name
print("f_back made on demand:", lazy())
print("referrers of globals that are frames:", sum(1 for r in gc.get_referrers(globals()) if type(r).__name__ == 'frame'))
