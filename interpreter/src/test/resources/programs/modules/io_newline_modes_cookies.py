# io corners a file-processing program meets: TextIOWrapper over BytesIO in each newline mode
# (None, '', '\n', '\r', '\r\n') for reading and writing, newlines attribute, tell/seek cookies
# round trip after readline in a multi-byte encoding, seek refusals in text mode,
# BytesIO.getbuffer exports blocking resize, StringIO newline handling, readinto, detach.
import io

raw = b'one\r\ntwo\rthree\nfour\r\n'
for nl in (None, '', '\n', '\r', '\r\n'):
    t = io.TextIOWrapper(io.BytesIO(raw), encoding='ascii', newline=nl)
    print(repr(nl), t.readlines(), t.newlines)

for nl in (None, '', '\n', '\r', '\r\n'):
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding='ascii', newline=nl)
    t.write('a\nb\r\nc\rd')
    t.flush()
    print(repr(nl), b.getvalue())

data = 'αβγ\nδελτα\nε\n'.encode('utf-8')
t = io.TextIOWrapper(io.BytesIO(data), encoding='utf-8')
print(repr(t.readline()))
cookie = t.tell()
rest = t.read()
t.seek(cookie)
print(t.read() == rest, repr(rest))
t.seek(0)
print(repr(t.read(2)))
for call in [lambda: t.seek(1, io.SEEK_CUR), lambda: t.seek(-1, io.SEEK_END), lambda: t.seek(0, 5),
             lambda: t.seek(-3)]:
    try:
        print(call())
    except (io.UnsupportedOperation, ValueError, OSError) as e:
        print(type(e).__name__, e)
print(t.seek(0, io.SEEK_END) == len(data), t.read())

t = io.TextIOWrapper(io.BytesIO('x\ny\n'.encode('utf-16')), encoding='utf-16')
print(repr(t.readline()), t.tell() > 0, repr(t.read()))

b = io.BytesIO(b'abcdef')
view = b.getbuffer()
view[0] = ord('Z')
print(b.getvalue(), len(view), view.readonly)
for call in [lambda: b.write(b'more'), lambda: b.truncate(2), lambda: b.close()]:
    try:
        call()
        print('ok')
    except BufferError as e:
        print('BufferError', e)
view.release()
b.write(b'XY')
print(b.getvalue(), b.tell())
buf = bytearray(4)
b.seek(1)
print(b.readinto(buf), buf, b.read1(), b.read1(-1))
print(b.truncate(3), b.getvalue(), b.seek(10), b.write(b'!'), b.getvalue())

s = io.StringIO('l1\r\nl2\rl3\n', newline=None)
print(s.readlines(), repr(s.getvalue()))
s = io.StringIO(newline='\r\n')
s.write('a\nb\n')
print(repr(s.getvalue()))
s = io.StringIO('abc')
s.seek(0, io.SEEK_END)
s.write('def')
print(s.getvalue(), s.tell())
try:
    s.seek(1, io.SEEK_CUR)
except OSError as e:
    print(type(e).__name__, e)
s.close()
try:
    s.getvalue()
except ValueError as e:
    print('ValueError', e)

t = io.TextIOWrapper(io.BufferedReader(io.BytesIO(b'keep\nthis')), encoding='ascii')
print(t.readline(), end='')
buffer = t.detach()
print(type(buffer).__name__, buffer.read())
try:
    t.read()
except ValueError as e:
    print('ValueError', e)
print(io.TextIOWrapper(io.BytesIO(), encoding='latin-1', errors='replace', write_through=True).write_through)
