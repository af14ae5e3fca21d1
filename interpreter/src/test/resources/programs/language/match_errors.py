# The errors match raises while running: a class pattern on a non-type, too many positional
# sub-patterns, a bad __match_args__, the same attribute twice, a duplicate mapping key from value
# patterns, and errors from the subject's own methods.


class A:
    __match_args__ = ("x", "y")

    def __init__(self):
        self.x = 1
        self.y = 2


class NotTuple:
    __match_args__ = ["x"]


class NotStr:
    __match_args__ = (1,)


class Keys:
    one = "k"
    also_one = "k"


class Boom:
    @property
    def x(self):
        raise ValueError("property failed")

    __match_args__ = ("x",)


def attempt(label, thunk):
    try:
        thunk()
        print(label, "matched or fell through")
    except Exception as e:
        print(label, type(e).__name__, e)


def not_a_type():
    f = len
    match 1:
        case f():
            pass


def too_many():
    match A():
        case A(a, b, c):
            pass


def one_allowed():
    match 5:
        case int(a, b):
            pass


def none_allowed():
    match object():
        case object(a):
            pass


def not_tuple():
    match NotTuple():
        case NotTuple(x):
            pass


def not_str():
    match NotStr():
        case NotStr(x):
            pass


def twice():
    match A():
        case A(x, x=1):
            pass


def duplicate_key():
    match {"k": 1, "z": 2}:
        case {Keys.one: a, Keys.also_one: b}:
            pass


def property_error():
    match Boom():
        case Boom(x):
            pass


def getitem_error():
    class Bad(dict):
        def get(self, key, default=None):
            raise KeyError("from get")

    match Bad(a=1):
        case {"a": 1}:
            pass


for name, thunk in list(globals().items()):
    if callable(thunk) and name not in ("attempt", "A", "NotTuple", "NotStr", "Keys", "Boom"):
        attempt(name, thunk)

# an uncaught one: the traceback points at the pattern
match A():
    case A(1, 2, 3):
        pass
