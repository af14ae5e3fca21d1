# io.StringIO's newline= modes as stringio.c translates them: for each mode (None, '', '\n', '\r',
# '\r\n') what getvalue() holds after writing text with every kind of line end, what readline()
# splits it into, iteration, newlines (the kinds the universal modes have seen: in the initial
# value and in writes, a '\r' and a '\n' in separate writes counted apart), the initial value
# translated as a write, and __getstate__'s newline.
import io

samples = ["a\nb\rc\r\nd", "x\r", "\ny\r\n", "\r\r\n\n"]
for newline in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(newline=newline)
    for text in samples:
        s.write(text)
    print("newline=%r" % (newline,))
    print("  value", repr(s.getvalue()), "tell", s.tell())
    print("  newlines", repr(s.newlines))
    s.seek(0)
    print("  lines", [s.readline() for _ in range(8)])
    s.seek(0)
    print("  list", list(s))
    s.seek(0)
    print("  readline(2)", repr(s.readline(2)), repr(s.readline(1)), repr(s.readline(0)))
    t = io.StringIO("one\r\ntwo\rthree\nfour", newline=newline)
    print("  initial", repr(t.getvalue()), repr(t.newlines), t.readlines())
    print("  state", t.__getstate__())
    u = io.StringIO(newline=newline)
    u.write("p\r")
    u.write("\nq")
    print("  split crlf", repr(u.getvalue()), repr(u.newlines))

for bad in ["x", "\n\r", "\r\r", 1, b"\n"]:
    try:
        io.StringIO(newline=bad)
    except Exception as e:
        print(type(e).__name__, e)
s = io.StringIO("abc", None)
print(repr(s.newlines), s.line_buffering, s.encoding, s.errors)
