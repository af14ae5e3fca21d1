# io.StringIO: write/read/seek/tell/readline/iteration, overwriting, padding, truncate, newline
# translation, closing, CPython's messages.
import io

s = io.StringIO()
print(s.write('hello\n'), s.write('world'), s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.readline()), repr(s.readline()), s.tell())
s.seek(0)
print(repr(s.read(3)), repr(s.read()), repr(s.read()))
print(list(io.StringIO('a\nb\nc')), io.StringIO('x\ny\n').readlines())
s = io.StringIO('abc')
print(s.tell(), repr(s.read()))
s.seek(5)
s.write('z')
print(repr(s.getvalue()))
s.seek(1)
s.write('XY')
print(repr(s.getvalue()), s.tell(), s.truncate(2), repr(s.getvalue()), s.tell())
print(s.seek(0, 2), s.seek(0, 1), s.seek(0))
for newline in (None, '', '\n', '\r', '\r\n'):
    t = io.StringIO('a\nb\r\nc\rd', newline=newline)
    print(repr(newline), repr(t.getvalue()), list(t), t.newlines)
t = io.StringIO(newline=None)
t.write('x\r\n')
print(repr(t.getvalue()), t.newlines)
s = io.StringIO()
s.writelines(['a', 'b', 'c'])
print(repr(s.getvalue()), s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed)
print(s.encoding, s.errors, s.line_buffering, type(s).__name__, type(s).__module__)
with io.StringIO('ctx') as c:
    print(c.read())
print(c.closed)
for op in (c.getvalue, c.read, c.tell, lambda: c.write('a'), lambda: c.seek(0), c.__enter__, lambda: iter(c)):
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
s = io.StringIO('x')
for op in (lambda: s.write(b'x'), lambda: io.StringIO(5), lambda: io.StringIO('', newline='x'),
           lambda: s.seek(1, 1), lambda: s.seek(-1), lambda: s.seek(0, 3), s.fileno, s.detach,
           lambda: s.read('a')):
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
