# print() and the text streams as scripts use them: sep/end None and empty, file=None meaning
# sys.stdout (looked up at call time), a file object with only write(), flush=True calling
# flush(), print to a closed StringIO, non-str sep/end errors, objects whose __str__ raises or
# returns non-str, print of bytes (no BytesWarning by default), and sys.stdout replaced.
import io, sys

print('a', 'b', sep=None, end=None)
print('a', 'b', sep='', end='|\n')
print(sep='-', end='<empty>\n')
print(*range(3), sep=', ')
print('x', 1, None, 2.5, [1], {'k': (1,)}, b'by', bytearray(b'ba'), sep='; ')

class WriteOnly:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = WriteOnly()
print('to', 'writer', file=w)
print(w.parts)
class Flushing(WriteOnly):
    def flush(self):
        self.parts.append('<flushed>')
fl = Flushing()
print('hi', file=fl, flush=True)
print(fl.parts)
try:
    print('hi', file=w, flush=True)
except AttributeError as e:
    print('AttributeError', e)
buf = io.StringIO()
buf.close()
try:
    print('x', file=buf)
except ValueError as e:
    print('ValueError', e)
for kwargs in ({'sep': 5}, {'end': b'\n'}, {'file': 5}, {'bogus': 1}):
    try:
        print('x', **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

class BadStr:
    def __str__(self):
        raise RuntimeError('no str')
class NonStr:
    def __str__(self):
        return 5
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly()'
for obj in (BadStr(), NonStr()):
    try:
        print('before', obj, 'after')
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
print(ReprOnly(), [ReprOnly()], str(ReprOnly()), f'{ReprOnly()}', '%s' % ReprOnly())

saved = sys.stdout
capture = io.StringIO()
sys.stdout = capture
print('captured line')
print('second', end='')
sys.stdout = saved
print(repr(capture.getvalue()))
sys.stdout = None
print('goes nowhere')
sys.stdout = saved
print('restored', sys.stdout is sys.__stdout__)
err = io.StringIO()
print('to stderr replacement', file=err)
print(repr(err.getvalue()), sys.stderr is sys.__stderr__)
out = io.StringIO()
out.write('abc')
print(out.tell(), out.getvalue(), out.seek(1), out.read(), out.write('Z'), out.getvalue())
print(io.StringIO('line1\nline2\n').readlines(), list(io.StringIO('a\nb')), io.StringIO('x\r\ny', newline=None).read().encode())
print(len('\N{SNOWMAN}'), '\N{SNOWMAN}'.encode('utf-8'), ascii('\N{SNOWMAN}é'), repr('\x00\t\u200b'))
