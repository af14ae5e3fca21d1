# io.BytesIO: write/read/seek/readline/iteration, getvalue, truncate, padding, messages.
import io

b = io.BytesIO(b'one\ntwo\n')
print(b.readline(), b.read(2), b.tell(), b.getvalue(), b.read(), b.read())
b.seek(0, 2)
print(b.write(b'three'), b.getvalue())
b.seek(-2, 2)
print(b.read(), b.seek(2), b.read(1), b.seek(1, 1), b.read())
b.seek(20)
b.write(bytearray(b'!'))
print(b.getvalue(), len(b.getvalue()))
print(b.truncate(4), b.getvalue(), b.tell())
print(list(io.BytesIO(b'a\nb')), io.BytesIO(b'x\ny\n').readlines(), io.BytesIO().getvalue())
buf = bytearray(3)
r = io.BytesIO(b'abcdef')
print(r.readinto(buf), buf, r.read1(2))
print(type(r).__name__, r.readable(), r.seekable(), r.closed)
for op in (lambda: r.write('s'), lambda: r.seek(-1), lambda: r.seek(0, 5)):
    try:
        op()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
r.close()
try:
    r.read()
except ValueError as e:
    print(e)
