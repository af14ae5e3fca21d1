# io.BytesIO's methods against bytesio.c: read/read1/readline/readlines with sizes (None, negative,
# past the end, __index__ objects), seek with each whence (clamped at 0, past the end then a write
# filling the gap with NULs), truncate (never moves the position), iteration and the context
# manager, the closed state; the messages of every refusal (argument types, counts, keywords,
# negative values, invalid whence, closed file).
import io


class Two:
    def __index__(self):
        return 2


def attempt(label, call):
    try:
        print(label, repr(call()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


b = io.BytesIO(b"line one\nline two\n\nlast")
attempt("read(None)", lambda: (b.seek(0), b.read(None))[1])
attempt("read(-5)", lambda: (b.seek(0), b.read(-5))[1])
attempt("read(Two())", lambda: (b.seek(0), b.read(Two()))[1])
attempt("read1(3)", lambda: b.read1(3))
attempt("read1()", lambda: b.read1())
attempt("read at end", lambda: b.read(10))
b.seek(0)
attempt("readline()", lambda: b.readline())
attempt("readline(4)", lambda: b.readline(4))
attempt("readline(None)", lambda: b.readline(None))
attempt("readlines()", lambda: (b.seek(0), b.readlines())[1])
attempt("readlines(10)", lambda: (b.seek(0), b.readlines(10))[1])
attempt("readlines(0)", lambda: (b.seek(0), b.readlines(0))[1])
attempt("readlines(None)", lambda: (b.seek(0), b.readlines(None))[1])
attempt("readlines(1.5)", lambda: b.readlines(1.5))
attempt("list(b)", lambda: (b.seek(0), list(b))[1])
attempt("iter is self", lambda: iter(b) is b)
attempt("seek(3)", lambda: b.seek(3))
attempt("seek(2, 1)", lambda: b.seek(2, 1))
attempt("seek(-100, 1)", lambda: b.seek(-100, 1))
attempt("seek(-4, 2)", lambda: b.seek(-4, 2))
attempt("read()", lambda: b.read())
attempt("seek(100)", lambda: b.seek(100))
attempt("read past end", lambda: b.read())
attempt("readline past end", lambda: b.readline())
attempt("tell", lambda: b.tell())
attempt("seek(-1)", lambda: b.seek(-1))
attempt("seek(0, 3)", lambda: b.seek(0, 3))
attempt("seek(1.0)", lambda: b.seek(1.0))
attempt("seek(0, 1.0)", lambda: b.seek(0, 1.0))
attempt("seek()", lambda: b.seek())
attempt("seek(2**70)", lambda: b.seek(2 ** 70))
attempt("read('x')", lambda: b.read("x"))
attempt("read(1, 2)", lambda: b.read(1, 2))
attempt("readline(1.0)", lambda: b.readline(1.0))

w = io.BytesIO()
attempt("write str", lambda: w.write("text"))
attempt("write int", lambda: w.write(3))
attempt("write b''", lambda: w.write(b""))
attempt("write", lambda: w.write(b"abc"))
attempt("seek(6)", lambda: w.seek(6))
attempt("write past end", lambda: w.write(b"Z"))
attempt("getvalue", lambda: w.getvalue())
attempt("truncate(2)", lambda: w.truncate(2))
attempt("tell after truncate", lambda: w.tell())
attempt("getvalue", lambda: w.getvalue())
attempt("truncate()", lambda: w.truncate())
attempt("truncate(None)", lambda: w.truncate(None))
attempt("truncate(-1)", lambda: w.truncate(-1))
attempt("truncate(100)", lambda: w.truncate(100))
attempt("writelines", lambda: w.writelines([b"1", bytearray(b"2"), memoryview(b"3")]))
attempt("writelines bad", lambda: w.writelines([b"ok", "bad"]))
attempt("getvalue", lambda: w.getvalue())
attempt("readable/writable/seekable/isatty", lambda: (w.readable(), w.writable(), w.seekable(), w.isatty()))
attempt("flush", lambda: w.flush())
attempt("readinto1", lambda: (w.seek(0), w.readinto1(bytearray(3)))[1])
attempt("detach", lambda: w.detach())
attempt("fileno", lambda: w.fileno())
attempt("BytesIO(1, 2)", lambda: io.BytesIO(1, 2))
attempt("BytesIO(x=1)", lambda: io.BytesIO(x=1))
attempt("BytesIO('s')", lambda: io.BytesIO("s"))
attempt("BytesIO(None)", lambda: io.BytesIO(None).getvalue())
attempt("BytesIO(initial_bytes=)", lambda: io.BytesIO(initial_bytes=b"kw").getvalue())
attempt("BytesIO(bytearray)", lambda: io.BytesIO(bytearray(b"ba")).read())
attempt("__init__ again", lambda: (w.__init__(b"new"), w.tell(), w.getvalue())[1:])

with io.BytesIO(b"ctx") as c:
    print("in with:", c.read(), c.closed)
print("after with:", c.closed)
for label, call in [("read", c.read), ("read1", c.read1), ("readline", c.readline), ("readlines", c.readlines),
                    ("getvalue", c.getvalue), ("tell", c.tell), ("seek", lambda: c.seek(0)),
                    ("truncate", c.truncate), ("write", lambda: c.write(b"x")), ("isatty", c.isatty),
                    ("readable", c.readable), ("flush", c.flush), ("next", lambda: next(c)),
                    ("readinto", lambda: c.readinto(bytearray(1))), ("__getstate__", c.__getstate__),
                    ("close again", c.close), ("enter", c.__enter__), ("writelines", lambda: c.writelines([]))]:
    attempt(label, call)
print(repr(io.BytesIO.__new__(io.BytesIO).read()))
