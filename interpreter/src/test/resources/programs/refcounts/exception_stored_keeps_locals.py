# An exception stored past its except block keeps its traceback, the frames on
# it and every local of those frames: a big buffer in a failing function stays
# alive until the stored exception goes, or until the frames are cleared.
import sys
import traceback

class Buffer:
    alive = 0
    def __init__(self, n):
        Buffer.alive += 1
        self.data = bytearray(n)
    def __del__(self):
        Buffer.alive -= 1

def parse(chunk):
    buf = Buffer(10_000)
    scratch = [buf]
    raise ValueError(f"bad chunk {chunk}")

errors = []
for i in range(3):
    try:
        parse(i)
    except ValueError as e:
        errors.append(e)
    print(f"after chunk {i}: alive={Buffer.alive}")

print("name e is gone:", "e" not in dir())
err = errors[0]
tb = err.__traceback__
while tb.tb_next:
    tb = tb.tb_next
frame = tb.tb_frame
print("failing frame", frame.f_code.co_name, sorted(frame.f_locals))
print("buf kept by the frame:", type(frame.f_locals["buf"]).__name__)
del frame, tb, err
traceback.clear_frames(errors[0].__traceback__)
print("after clear_frames on the first:", Buffer.alive)
errors[1].__traceback__ = None
print("after dropping the second traceback:", Buffer.alive)
errors.clear()
print("after clearing the list:", Buffer.alive)

try:
    parse(99)
except ValueError:
    saved = sys.exc_info()
print("sys.exc_info() tuple saved:", Buffer.alive)
del saved
print("after del saved:", Buffer.alive)
