# io.StringIO's two states as 3.11's stringio.c has them: writes at the end accumulate, getvalue()
# and seek(0); read() return the text without realizing it (the same str again when nothing was
# written in between), a read elsewhere, readline, a write before the end or truncate realize it;
# overwriting, seeking past the end (the gap filled with NULs), wide characters; seek's cookie
# rules (whence 1 and 2 only with 0), truncate, the closed and uninitialized states, pickling and
# __setstate__'s checks, a subclass's readline used by iteration, the MRO and namespace.
import copy
import io
import pickle
import sys

s = io.StringIO()
word = "word" * 3
s.write(word)
print("accumulated holds the str:", sys.getrefcount(word))
v1 = s.getvalue()
print(v1 is word, v1 is s.getvalue())
s.write("!")
v2 = s.getvalue()
print(v2, v2 is s.getvalue())
s.seek(0)
r = s.read()
print("seek(0); read():", r, r is v2, s.tell())
s.seek(4)
print("read(4) realizes:", s.read(4), s.tell())
s.seek(0)
s.write("WORD")
print(s.getvalue(), s.tell())
s.seek(20)
s.write("end")
print(repr(s.getvalue()), s.tell())
s.seek(2)
print(repr(s.read(3)))
s.write("é€😀")
print(repr(s.getvalue()), len(s.getvalue()))
print("truncate(5):", s.truncate(5), s.tell(), repr(s.getvalue()))
print("truncate():", s.truncate(), repr(s.getvalue()))
print("truncate(None):", s.truncate(None))
s.write("xyz")
print(repr(s.getvalue()))
for call, label in [(lambda: s.seek(1, 1), "seek(1, 1)"), (lambda: s.seek(0, 1), "seek(0, 1)"),
                    (lambda: s.seek(-1, 2), "seek(-1, 2)"), (lambda: s.seek(0, 2), "seek(0, 2)"),
                    (lambda: s.seek(-1), "seek(-1)"), (lambda: s.seek(0, 5), "seek(0, 5)"),
                    (lambda: s.seek(-1, 7), "seek(-1, 7)"), (lambda: s.seek(1.5), "seek(1.5)"),
                    (lambda: s.truncate(-2), "truncate(-2)"), (lambda: s.truncate("1"), "truncate('1')"),
                    (lambda: s.read(1.0), "read(1.0)"), (lambda: s.readline("1"), "readline('1')"),
                    (lambda: s.write(b"x"), "write(b'x')"), (lambda: s.write(None), "write(None)"),
                    (lambda: s.write(""), "write('')"), (lambda: s.detach(), "detach()"),
                    (lambda: s.fileno(), "fileno()"), (lambda: s.isatty(), "isatty()"),
                    (lambda: (s.readable(), s.writable(), s.seekable()), "able"),
                    (lambda: io.StringIO(1), "StringIO(1)"), (lambda: io.StringIO("a", "\n", 3), "StringIO 3 args"),
                    (lambda: io.StringIO(value="a"), "StringIO(value=)"),
                    (lambda: io.StringIO(initial_value=None).getvalue(), "initial None"),
                    (lambda: io.StringIO(initial_value="kw", newline="").getvalue(), "keywords")]:
    try:
        print(label, repr(call()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

s.note = 1
print(s.__getstate__())
for proto in range(6):
    try:
        c = pickle.loads(pickle.dumps(s, proto))
        print(proto, repr(c.getvalue()), c.tell(), c.__dict__, repr(c.newlines))
    except Exception as e:
        print(proto, type(e).__name__, e)
d = copy.deepcopy(io.StringIO("a\r\nb", newline=None))
print(repr(d.getvalue()), d.__getstate__())
n = io.StringIO("old")
n.__setstate__(("x\r\ny", "", 1, {"k": 1}))
print(repr(n.getvalue()), n.tell(), n.__dict__, repr(n.readline()), repr(n.newlines))
n.__setstate__(("a\nb", None, 0, None))
print(repr(n.getvalue()))
for bad in [1, ("", None, 0), ("", None, -1, None), ("", None, "0", None), ("", None, 0, 1), (1, None, 0, None),
            ("", 5, 0, None)]:
    try:
        n.__setstate__(bad)
    except Exception as e:
        print(type(e).__name__, e)

c = io.StringIO("x\ny\n")
c.close()
c.close()
print("closed", c.closed)
for label, call in [("read", c.read), ("readline", c.readline), ("getvalue", c.getvalue), ("tell", c.tell),
                    ("seek", lambda: c.seek(0)), ("truncate", c.truncate), ("write", lambda: c.write("a")),
                    ("write bytes", lambda: c.write(b"a")), ("next", lambda: next(c)), ("iter", lambda: iter(c)),
                    ("readlines", c.readlines), ("writelines", lambda: c.writelines([])),
                    ("newlines", lambda: c.newlines), ("line_buffering", lambda: c.line_buffering),
                    ("encoding", lambda: c.encoding), ("readable", c.readable), ("__getstate__", c.__getstate__),
                    ("__setstate__", lambda: c.__setstate__(("", None, 0, None))), ("enter", c.__enter__)]:
    try:
        print(label, repr(call()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
u = io.StringIO.__new__(io.StringIO)
for label, call in [("read", u.read), ("closed", lambda: u.closed), ("write", lambda: u.write("a")),
                    ("write bytes", lambda: u.write(b"a")), ("close", u.close)]:
    try:
        print(label, repr(call()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


class Upper(io.StringIO):
    def readline(self, size=-1):
        return super().readline(size).upper()


class Bad(io.StringIO):
    def readline(self, size=-1):
        return 1


print(list(Upper("a\nb\n")), Upper("q\n").readlines())
try:
    list(Bad("a"))
except OSError as e:
    print(type(e).__name__, e)
with io.StringIO("ctx") as w:
    print(w.read(), w.closed)
print(w.closed)
print(io.StringIO.__mro__)
print(isinstance(io.StringIO(), io.TextIOBase), io.StringIO.__dictoffset__, io.StringIO.__weakrefoffset__)
print(io.StringIO.__basicsize__, io.BytesIO.__basicsize__)
