# sys._getframe(depth): 0 and negative depths give the caller's frame, deeper ones walk f_back;
# too deep is ValueError; the argument goes through __index__; floats, str and huge ints are refused.
import sys

class Two:
    def __index__(self):
        return 2

def a():
    return b()

def b():
    return [sys._getframe(d).f_code.co_name for d in (0, -1, -100, 1, 2, Two(), True)]

print(a())
def deep():
    try:
        sys._getframe(5)
    except ValueError as e:
        print("ValueError:", e)
deep()
for bad in (1.0, "1", 2 ** 40, -2 ** 40, None):
    try:
        sys._getframe(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    sys._getframe(depth=1)
except TypeError as e:
    print(e)
try:
    sys._getframe(0, 1)
except TypeError as e:
    print(e)
print(sys._getframe().f_back, sys._getframe().f_code.co_name)

def gen():
    yield sys._getframe().f_back.f_code.co_name
    yield sys._getframe(1).f_code.co_name

def consume():
    return list(gen())
print(consume())
def lineno():
    return sys._getframe(1).f_lineno
x = (
    lineno())
print(x)
