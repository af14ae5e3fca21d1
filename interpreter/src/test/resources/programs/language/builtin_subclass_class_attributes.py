# A subclass of a built-in type finds its own class attributes before the base's getsets and
# members (_PyObject_GenericGetAttrWithDict walks the MRO): a plain value, a property or a method
# named like the base's field shadows it; the base's data descriptor still wins over the instance
# dict, and the base's own setter still stores through the subclass. Exceptions (args,
# __traceback__, __cause__, errno, value, msg, characters_written), deque's maxlen, list, dict, str,
# int, float, complex and bytes methods and fields.
import collections


class E(Exception):
    args = "class args"


e = E(1, 2)
print(e.args, type(e).__mro__[1].__name__)
print(BaseException.args.__get__(e), str(e), repr(e))


class E2(Exception):
    @property
    def args(self):
        return "property args"


print(E2(1).args, str(E2(1)))


class B(BaseException):
    __traceback__ = "tb"
    __cause__ = "cause"


print(B().__traceback__, B().__cause__)


class OS(OSError):
    errno = "class errno"
    strerror = property(lambda self: "property strerror")


o = OS(2, "No such file")
print(o.errno, o.strerror, o.args, str(o))


class St(StopIteration):
    value = 7


print(St(1).value, StopIteration(1).value)


class SE(SyntaxError):
    msg = "class msg"


print(SE("a").msg, SyntaxError("a").msg)


class KE(KeyError):
    args = ("q",)


print(KE(1).args, str(KE(1)))

# the instance dict and the base's data descriptors
x = Exception(1)
x.note = "mine"
print(x.note, x.__dict__, x.args)
x.args = [3, 4]
print(x.args, x.__dict__)
try:
    x.__dict__ = 5
except TypeError as err:
    print("TypeError:", err)
x.__dict__ = {"a": 1}
print(x.a, x.__dict__)
w = OSError(1, "x")
try:
    w.characters_written
except AttributeError as err:
    print("AttributeError:", err)
w.characters_written = True
print(w.characters_written, type(w.characters_written).__name__)
del w.characters_written
try:
    del w.characters_written
except AttributeError as err:
    print("AttributeError:", err)
try:
    w.characters_written = 2 ** 70
except ValueError as err:
    print("ValueError:", err)
print(hasattr(w, "written"))
n = ValueError("v")
n.add_note("a note")
print(n.__notes__)


class L(list):
    append = None


class D(dict):
    keys = "k"


class S(str):
    upper = property(lambda self: "UP " + str.upper(self))


class I(int):
    real = 5
    numerator = property(lambda self: "num")


class F(float):
    real = "r"


class C(complex):
    imag = "i"


class By(bytes):
    hex = "h"


print(L().append, D().keys, S("ab").upper, I(3).real, I(3).numerator, I(3).imag, F(1.5).real, C(1j).imag, By().hex)


class DQ(collections.deque):
    maxlen = "class maxlen"


print(DQ().maxlen, collections.deque(maxlen=3).maxlen)
