# __cause__, __context__ and __suppress_context__, then an uncaught chained exception
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad config") from e
def load():
    try:
        parse("x")
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
load()
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k") from None
except KeyError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        {}['a']
    except KeyError:
        [][0]
except IndexError as e:
    print(repr(e.__context__), e.__cause__)
e = ValueError("v")
e.__cause__ = TypeError("t")
print(e.__suppress_context__)
try:
    raise ValueError from 42
except TypeError as t:
    print("TypeError:", t)
def outer():
    try:
        raise ValueError("inner")
    except ValueError:
        raise OSError("outer")
try:
    outer()
except OSError as err:
    print(err.__context__.args, err.__traceback__.tb_frame.f_code.co_name)
try:
    try:
        raise TypeError("first")
    finally:
        print("finally runs")
except TypeError as e:
    print(e)
def gen_cause():
    try:
        raise KeyError("x")
    except KeyError as k:
        raise ValueError("y") from k
try:
    gen_cause()
except ValueError as v:
    print(type(v.__cause__).__name__, v.__cause__ is v.__context__)
parse("nope")
