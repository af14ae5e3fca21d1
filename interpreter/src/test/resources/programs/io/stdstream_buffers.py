# The standard streams' binary layers as CPython's: sys.stdout.buffer and sys.stderr.buffer are
# BufferedWriters, sys.stdin.buffer a BufferedReader, each over a FileIO (closefd=False), with the
# MRO (..., _io._BufferedIOBase, _io._IOBase, object); TextIOWrapper's __base__ and __mro__; what
# write() returns for each bytes-like kind and its error for a str; and the order of the output
# when a program mixes print() (the text layer's pending text) with writes to the buffer.
import array
import io
import sys

for name in ('stdin', 'stdout', 'stderr'):
    b = getattr(sys, name).buffer
    t = type(b)
    print(name, t.__name__, t.__module__, t.__qualname__)
    print('  mro', [c.__name__ for c in t.__mro__])
    print('  base', t.__base__.__name__, t.__base__.__module__)
    print('  abc', isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase), isinstance(b, io.RawIOBase))
    print('  raw', repr(b.raw), type(b.raw).__name__, b.raw.closefd, b.raw.fileno(), b.raw.mode)
    print('  repr', repr(b), b.name, b.mode, b.closed)
    print('  methods', callable(b.readinto), callable(b.writelines), callable(b.detach), hasattr(b, '__enter__'))
    print('  dict', b.__dict__)

print('TextIOWrapper', io.TextIOWrapper.__base__, [c.__name__ for c in io.TextIOWrapper.__mro__])
print(type(sys.stdout) is io.TextIOWrapper, type(sys.stdout).__base__ is io.TextIOWrapper.__base__)
print(io.BufferedWriter.__base__.__name__, io.BufferedReader.__base__.__name__, io.FileIO.__base__.__name__)

out = sys.stdout.buffer
print('counts', out.write(b''), flush=True)
print(out.write(b'bytes\n'), out.write(bytearray(b'bytearray\n')), out.write(memoryview(b'xmemoryview\n')[1:]),
      out.write(array.array('b', b'array\n')), flush=True)
for bad in ('text', 12, None):
    try:
        out.write(bad)
    except TypeError as e:
        print('TypeError', e)

# the text layer keeps what print() wrote until it is flushed; the buffer's bytes go first then
print('text 1')
out.write(b'bytes 1\n')
print('text 2')
sys.stdout.flush()
out.write(b'bytes 2\n')
out.flush()
print('text 3')
out.writelines([b'lines 1\n', b'lines 2\n'])
print('text 4', flush=True)
out.write(b'bytes 3\n')
sys.stdout.write('text 5\n')
sys.stdout.flush()

# an attribute of the program's own on a buffer
out.note = 'kept'
print(out.note, out.__dict__)
del out.note
print(out.__dict__)

err = sys.stderr.buffer
print(err.write(b'stderr bytes\n'), file=sys.stderr)
err.flush()
print('stderr text', file=sys.stderr)
print('done')
