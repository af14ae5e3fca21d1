# chunk: the DeprecationWarning its import gives in 3.11, then an IFF stream walked chunk by chunk
# (big- and little-endian sizes, odd sizes padded when aligned, inclheader), read/seek/tell/skip
# inside a chunk, an unseekable stream, the closed-chunk errors, EOFError at the end.
import chunk
import io
import struct


def make(name, data, big=True, pad=True):
    head = name + struct.pack('>L' if big else '<L', len(data))
    return head + data + (b'\x00' if pad and len(data) & 1 else b'')


stream = io.BytesIO(make(b'FORM', b'abcdefg') + make(b'NAME', b'xy') + make(b'ODD!', b'123'))
while True:
    try:
        piece = chunk.Chunk(stream)
    except EOFError:
        print('EOFError at', stream.tell())
        break
    print(piece.getname(), piece.getsize(), piece.read(2), piece.tell(), piece.isatty())
    piece.seek(1)
    print('  ', piece.read(), piece.tell(), piece.read())
    piece.seek(-1, 2)
    print('  ', piece.read(5))
    piece.close()
    piece.close()

little = io.BytesIO(make(b'RIFF', b'hello', big=False) + b'next')
riff = chunk.Chunk(little, bigendian=False)
print(riff.getname(), riff.getsize(), riff.read(), little.read())

included = io.BytesIO(b'DATA' + struct.pack('>L', 12) + b'abcd' + b'tail')
whole = chunk.Chunk(included, inclheader=True)
print(whole.getsize(), whole.read(100), included.read())

unaligned = io.BytesIO(make(b'ABCD', b'odd', pad=False) + b'EFGH')
print(chunk.Chunk(unaligned, align=False).read(), unaligned.read())


class Pipe:
    def __init__(self, data):
        self._data = io.BytesIO(data)

    def read(self, size):
        return self._data.read(size)


piped = Pipe(make(b'PIPE', b'streamed!') + make(b'NEXT', b'ok'))
first = chunk.Chunk(piped)
print(first.seekable, first.read(3))
first.skip()
second = chunk.Chunk(piped)
print(second.getname(), second.read())
for action in (lambda: first.seek(0), lambda: chunk.Chunk(io.BytesIO(make(b'X123', b'ab'))).seek(9)):
    try:
        action()
    except Exception as error:
        print(type(error).__name__, error)
closed = chunk.Chunk(io.BytesIO(make(b'SHUT', b'zz')))
closed.close()
for method in (closed.read, closed.tell, closed.isatty, closed.skip, lambda: closed.seek(0)):
    try:
        method()
    except ValueError as error:
        print('ValueError', error)
for data in (b'', b'AB', b'ABCD\x00\x01'):
    try:
        chunk.Chunk(io.BytesIO(data))
    except EOFError as error:
        print('EOFError', repr(error))
truncated = chunk.Chunk(Pipe(b'CUT!' + struct.pack('>L', 10) + b'abc'))
try:
    truncated.skip()
except EOFError:
    print('EOFError while skipping', truncated.tell())
