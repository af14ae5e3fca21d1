# io: the standard streams and the files open() makes are one type, io.TextIOWrapper, over a
# buffer over a raw file; what each says about itself when the output is a pipe.
import io
import os
import sys
import tempfile

out = sys.stdout
print(type(out) is io.TextIOWrapper, type(sys.stderr) is io.TextIOWrapper, type(sys.stdin) is io.TextIOWrapper)
print(repr(out), repr(sys.stderr), repr(sys.stdin), sep='\n')
print(sys.getsizeof(out), sys.getsizeof(sys.stderr))
print(out.name, out.mode, out.encoding, out.errors, sys.stderr.errors, sys.stdin.errors)
print(out.fileno(), sys.stderr.fileno(), sys.stdin.fileno(), out.isatty())
print(out.line_buffering, sys.stderr.line_buffering, out.write_through, sys.stderr.write_through)
print(out.readable(), out.writable(), out.seekable(), sys.stdin.readable(), sys.stdin.writable())
print(out.__dict__, sys.stdin.__dict__)
print(sys.__stdout__ is out, sys.__stderr__ is sys.stderr, out.closed, out.newlines)
print(isinstance(out, io.TextIOBase), isinstance(out, io.IOBase), issubclass(io.TextIOWrapper, io.TextIOBase))
print(io.TextIOWrapper.__module__, io.TextIOWrapper.__name__, io.TextIOWrapper.__qualname__)
print(repr(out.buffer), repr(out.buffer.raw), out.buffer.raw.fileno(), out.buffer.raw.closefd, out.buffer.raw.mode)

path = os.path.join(tempfile.mkdtemp(), 'f.txt')
with open(path, 'w') as f:
    print(type(f) is type(out), repr(f).replace(path, 'PATH'), f.mode, f.line_buffering, f.__dict__)
    print(sys.getsizeof(f), f.writable(), f.readable(), f.seekable())
    print('to a file', file=f)
    f.write('second\n')
print(f.closed)
with open(path, encoding='latin-1') as f:
    print(repr(f).replace(path, 'PATH'), f.encoding, f.errors)
    print(list(f))


class Upper(io.TextIOWrapper):
    def write(self, s):
        return super().write(s.upper())


w = Upper(io.BytesIO(), encoding='utf-8')
w.extra = 1
print(w.write('shout\n'), w.extra, type(w).__mro__[1] is io.TextIOWrapper)
w.flush()
print(w.buffer.getvalue())
t = io.TextIOWrapper(io.BytesIO(b'a\nb\n'), encoding='ascii')
print(repr(t), t.readline(), next(t), list(t))
t.mode = 'r+'
print(repr(t))

import gc
import weakref
print(gc.is_tracked(sys.stdout), gc.is_tracked(t), io.TextIOWrapper.__mro__)
r = weakref.ref(t)
del t
print(r())
import _io
print(isinstance(sys.stdout, _io._TextIOBase), io.TextIOWrapper in _io._TextIOBase.__subclasses__())
