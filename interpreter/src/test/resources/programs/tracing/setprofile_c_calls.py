# sys.setprofile: 'call'/'return' of Python functions, and 'c_call'/'c_return'/'c_exception' for
# calls of built-in functions and of method descriptors through CALL (reported as the bound
# method), also through f(*args); not for classes, slot wrappers or Python callables.
import sys


def prof(frame, event, arg):
    if event.startswith('c_'):
        print(event, frame.f_code.co_name, type(arg).__name__, getattr(arg, '__qualname__', None))
    else:
        print(event, frame.f_code.co_name, repr(arg))


class Point:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return 'Point(%d)' % self.x


def work(xs):
    xs.append(len(xs))
    s = sorted(xs)
    d = {}
    d.get(1)
    d.setdefault('a', []).append(3)
    str.upper('abc')
    list.append(xs, 9)
    max(*xs)
    args = (xs,)
    len(*args)
    p = Point(2)
    repr(p)
    int('5')
    try:
        int('x')
    except ValueError:
        pass
    try:
        str.upper()
    except TypeError:
        pass
    list(map(abs, [-1, 2]))
    return sum(s)


def g():
    yield 1
    yield 2


sys.setprofile(prof)
work([3, 1])
for v in g():
    pass
x = [i for i in range(2)]
sys.setprofile(None)
print(sys.getprofile())
