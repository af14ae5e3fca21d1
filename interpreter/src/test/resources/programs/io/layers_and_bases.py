# The io classes programs build themselves: TextIOWrapper over BytesIO (encodings, newline
# modes, line_buffering, write_through, reconfigure, detach), BufferedReader/BufferedWriter/
# BufferedRandom/BufferedRWPair over BytesIO and over a user class deriving from io.RawIOBase,
# the abstract classes (isinstance, issubclass, registered types), the classes' modules and MROs,
# IOBase's default methods and their UnsupportedOperation messages.
import io


class Chunky(io.RawIOBase):
    """Reads at most three bytes at a time."""

    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.calls = 0

    def readable(self):
        return True

    def readinto(self, b):
        self.calls += 1
        n = min(len(b), 3, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


class Sink(io.RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)


r = Chunky(b'hello world\nsecond line\nthird')
print(r.read(5), r.read(), r.read(), r.calls)
print(Chunky(b'abc\ndef').readall(), Chunky(b'ab\ncd').readline(), list(Chunky(b'a\nb\n')))
br = io.BufferedReader(Chunky(b'hello world\nsecond line\nthird'), buffer_size=4)
print(br.read(5), br.readline(), br.peek(1)[:1], br.read1(2), br.read(), repr(br), br.raw.calls > 5)
t = io.TextIOWrapper(io.BufferedReader(Chunky('é\nçà\r\nz'.encode())), encoding='utf-8')
print(repr(t.read()), t.newlines)
s = Sink()
bw = io.BufferedWriter(s, buffer_size=8)
print(bw.write(b'abc'), s.chunks, bw.write(b'defghij'), s.chunks)
bw.flush()
print(s.chunks, bw.writable(), bw.readable())
bw.close()
print(s.closed, bw.closed)
for call in (lambda: io.BufferedReader(Sink()), lambda: io.BufferedWriter(Chunky(b'')),
             lambda: io.BufferedReader(io.BytesIO(), 0)):
    try:
        call()
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)

raw = io.BytesIO(b'first\r\nsecond\rthird\n')
t = io.TextIOWrapper(raw, encoding='ascii')
print(repr(t), t.encoding, t.errors, t.line_buffering, t.write_through, t.name if hasattr(t, 'name') else '-')
print(t.readline(), t.tell(), t.read(), t.newlines)
t.seek(0)
print(list(t))
b = t.detach()
print(b is raw, repr(t))
try:
    t.read()
except ValueError as e:
    print('ValueError', e)
out = io.BytesIO()
w = io.TextIOWrapper(out, encoding='utf-8', newline='\r\n', line_buffering=True)
w.write('a\nb')
print(out.getvalue())
w.write('c\n')
print(out.getvalue())
w.reconfigure(line_buffering=False, write_through=True)
w.write('d\n')
print(out.getvalue(), w.line_buffering, w.write_through)
w.reconfigure(encoding='latin-1')
w.write('é')
w.flush()
print(out.getvalue(), w.encoding)
for bad in (dict(newline='x'), dict(encoding='nope'), dict(encoding=3), dict(newline=3)):
    try:
        io.TextIOWrapper(io.BytesIO(), **bad)
    except (ValueError, LookupError, TypeError) as e:
        print(type(e).__name__, e)

rnd = io.BufferedRandom(io.BytesIO(b'0123456789'))
print(rnd.read(3), rnd.write(b'abc'), rnd.tell(), rnd.read(2), rnd.seek(0), rnd.read(), repr(rnd))
pair = io.BufferedRWPair(io.BytesIO(b'in data'), Sink())
print(pair.read(2), pair.write(b'out'), pair.readable(), pair.writable(), pair.peek(1)[:1])
pair.flush()
print(pair.writer.raw.chunks if hasattr(pair, 'writer') else 'flushed')

for cls in (io.FileIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.BufferedRWPair,
            io.TextIOWrapper, io.BytesIO, io.StringIO):
    print(cls.__module__, cls.__name__, issubclass(cls, io.IOBase),
          [base.__name__ for base in (io.RawIOBase, io.BufferedIOBase, io.TextIOBase) if issubclass(cls, base)])
print([c.__name__ for c in io.TextIOWrapper.__mro__], [c.__name__ for c in io.IOBase.__mro__])
print(io.IOBase.__module__, io.RawIOBase.__module__, io.UnsupportedOperation.__module__,
      io.UnsupportedOperation.__mro__[1:3], io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)


class Nothing(io.IOBase):
    pass


n = Nothing()
print(n.readable(), n.writable(), n.seekable(), n.isatty(), n.closed)
for name in ('seek', 'tell', 'truncate', 'fileno'):
    try:
        getattr(n, name)(*((0,) if name == 'seek' else ()))
    except io.UnsupportedOperation as e:
        print(name, 'UnsupportedOperation', e)
with n:
    pass
print(n.closed)
try:
    iter(n)
except ValueError as e:
    print('ValueError', e)


class Lines(io.TextIOBase):
    def __init__(self, lines):
        self.lines = list(lines)

    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else ''


print(list(Lines(['a\n', 'b\n'])), Lines([]).encoding, Lines([]).newlines)
for call in (lambda: Lines([]).read(), lambda: Lines([]).write('x'), lambda: Lines([]).detach()):
    try:
        call()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase),
      isinstance(n, io.RawIOBase), isinstance(r, io.IOBase))
