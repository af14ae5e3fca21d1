# io: print(file=) to a StringIO, contextlib.redirect_stdout/redirect_stderr, replacing sys.stdout,
# the io ABCs, io.open.
import contextlib
import io
import sys

out = io.StringIO()
print('a', 1, [2], sep='|', end='!\n', file=out)
print('second', file=out, flush=True)
print(repr(out.getvalue()))
with contextlib.redirect_stdout(io.StringIO()) as captured:
    print('captured line')
    sys.stdout.write('direct\n')
print('got', repr(captured.getvalue()))
with contextlib.redirect_stderr(io.StringIO()) as err:
    print('to stderr', file=sys.stderr)
print('err', repr(err.getvalue()))
saved = sys.stdout
sys.stdout = buf = io.StringIO()
print('into buf')
sys.stdout = saved
print(repr(buf.getvalue()))
print(isinstance(sys.stdout, io.TextIOBase), isinstance(io.StringIO(), io.TextIOBase),
      isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.IOBase))
print(io.open is open, io.SEEK_END, type(sys.stdout) is io.TextIOWrapper)
