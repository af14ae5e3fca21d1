# sys.stdin, sys.stdout and sys.stderr beside the io classes: their types (io.TextIOWrapper's
# name and module), buffer and raw layers, modes, encodings, line_buffering and write_through,
# reconfigure, isinstance against the io abstract classes, and the order of buffered stdout
# text against stderr and against writes to stdout's buffer.
import io, sys

for s in (sys.stdin, sys.stdout, sys.stderr):
    print(type(s).__module__, type(s).__name__, s.name, s.mode, s.encoding, s.errors,
          s.line_buffering, s.write_through, s.readable(), s.writable(),
          s.isatty(), s.fileno(), s.closed)
    print('  ', type(s.buffer).__name__, s.buffer.mode, s.buffer.name, type(s.buffer.raw).__name__,
          s.buffer.raw.mode, s.buffer.raw.name, s.buffer.raw.closefd)
    print('  ', isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), isinstance(s.buffer, io.BufferedIOBase),
          isinstance(s.buffer.raw, io.RawIOBase), type(s).__name__ == io.TextIOWrapper.__name__)
print(repr(sys.stdout), repr(sys.stderr.buffer))
print('out 1')
sys.stderr.write('err 1\n')
sys.stdout.buffer.write(b'buffer bytes\n')
print('out 2', flush=True)
sys.stderr.write('err 2\n')
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
print('out 3')
sys.stderr.write('err 3\n')
sys.stdout.reconfigure(line_buffering=False)
print('out 4')
sys.stderr.write('err 4\n')
print(sys.stdout.write('written\n'), sys.stderr.write(''))
