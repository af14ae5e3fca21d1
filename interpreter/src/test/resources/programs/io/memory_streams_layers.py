# BytesIO and StringIO as other code uses them: subclasses' sizes (no slots added: the bases' dict and
# weakref slots serve them; BytesIO's buffer counted), TextIOWrapper over a BytesIO reading with
# universal newlines and writing UTF-8 into it, getbuffer() as a bytes source, overwriting inside a
# StringIO, readinto1 from _BufferedIOBase in a with block.
import io, sys, copy
class B(io.BytesIO): pass
class S(io.StringIO): pass
b = B(b"x" * 50); s = S("y" * 50)
print(sys.getsizeof(b), sys.getsizeof(s), B.__basicsize__, S.__basicsize__)
b2 = B(); b2.write(b"abc" * 10); print(sys.getsizeof(b2))
print(repr(io.StringIO("a\r\nb", newline="").readlines()))
t = io.TextIOWrapper(io.BytesIO(b"one\r\ntwo\n"), encoding="utf-8", newline=None)
print(t.readlines(), t.buffer.getvalue())
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8"); w.write("h\xe9llo\n"); w.flush(); print(w.buffer.getvalue())
print(io.BytesIO(b"abc").getbuffer().tobytes(), bytes(io.BytesIO(b"q").getbuffer()))
x = io.StringIO(); print(x.write("a" * 5), x.tell(), x.seek(2), x.write("ZZZZZ"), x.getvalue())
with io.BytesIO() as f:
    f.write(b"123"); f.seek(0); print(f.readinto1(bytearray(2)), f.read())
