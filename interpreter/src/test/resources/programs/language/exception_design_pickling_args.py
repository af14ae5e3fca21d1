# exception class design: __init__ with extra fields and str/repr, args of subclasses, __reduce__ for pickling, BaseException vs Exception, with_traceback, __suppress_context__
import pickle, traceback

class AppError(Exception):
    def __init__(self, message, *, code=500):
        super().__init__(message)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

class NotFound(AppError):
    def __init__(self, resource):
        super().__init__(f"{resource} not found", code=404)
        self.resource = resource

e = NotFound("user/7")
print(str(e), repr(e), e.args, e.code, e.resource, isinstance(e, AppError))
try:
    pickle.loads(pickle.dumps(e))
except TypeError as err:
    print("unpickle failed:", err)

class Portable(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.a, self.b = a, b
p = pickle.loads(pickle.dumps(Portable(1, "x")))
print(p.args, p.a, p.b, repr(p))

class NoArgs(Exception):
    pass
print(repr(NoArgs()), str(NoArgs()), repr(NoArgs("one")), str(NoArgs("one")), str(NoArgs(1, 2)), repr(NoArgs(1, 2)))
print(str(KeyError("k")), str(KeyError("k", 2)), repr(KeyError()), str(UnicodeError("u")))
ose = OSError(2, "No such file", "x.txt")
print(ose, ose.errno, ose.strerror, ose.filename, type(ose).__name__, type(OSError(2, "n")).__name__)
print(OSError(1, 2, 3, 4, 5).args, OSError("only").errno, str(OSError(13, "denied", "a", None, "b")))
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise KeyError("outer") from None
except KeyError as k:
    print(k.__suppress_context__, repr(k.__context__), k.__cause__)
def make():
    try:
        1 / 0
    except ZeroDivisionError as z:
        return z
z = make()
print(z.__traceback__.tb_frame.f_code.co_name, z.__traceback__.tb_lineno)
z2 = ValueError("re").with_traceback(z.__traceback__)
print(z2.__traceback__ is z.__traceback__)
print(traceback.format_exception_only(NotFound("page")), traceback.format_exception_only(SyntaxError("bad", ("f.py", 3, 4, "x = = 1\n", 3, 6))))
class Fatal(BaseException):
    pass
try:
    try:
        raise Fatal("stop")
    except Exception:
        print("not here")
except BaseException as b:
    print("BaseException caught", repr(b))
e2 = Exception("x")
e2.__cause__ = "not an exception" if False else None
try:
    e2.__cause__ = 5
except TypeError as err:
    print(err)
try:
    e2.__context__ = "s"
except TypeError as err:
    print(err)
try:
    raise ValueError from 3
except TypeError as err:
    print(err)
try:
    raise 42
except TypeError as err:
    print(err)
try:
    raise NotFound
except TypeError as err:
    print(err)
print(issubclass(StopAsyncIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(KeyboardInterrupt, BaseException), ExceptionGroup.__mro__)
