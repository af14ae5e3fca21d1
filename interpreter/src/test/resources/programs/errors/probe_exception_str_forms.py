# Error case: str() and repr() of exceptions by their args (KeyError's repr of one arg, OSError's [Errno] forms and filename2, UnicodeError's computed messages, SyntaxError's, StopIteration's, SystemExit's code), and the errors of file and codec operations.
import os, errno, tempfile

for e in [Exception(), Exception('a'), Exception('a', 1), Exception(None), KeyError('k'), KeyError(),
          KeyError('a', 'b'), KeyError(1), KeyError(''), IndexError(3), ValueError(['x']), LookupError(b'x'),
          SystemExit(), SystemExit(3), SystemExit('m', 1), StopIteration(5), AssertionError(),
          ZeroDivisionError('division by zero'), RuntimeError(RuntimeError('inner'))]:
    print(type(e).__name__, '|', str(e), '|', repr(e), '|', e.args)

for args in [(), ('a',), (2, 'No such file'), (2, 'No such file', 'f.txt'), (2, 'x', 'a', None, 'b'),
             (1, 2, 3, 4, 5, 6), (errno.ENOENT, 'gone', None), (errno.EEXIST, 'exists', b'bytes'),
             (errno.EACCES, 'denied', 'p', 0, 'q')]:
    e = OSError(*args)
    print(type(e).__name__, '|', str(e), '|', e.errno, e.strerror, e.filename, e.filename2)
print(type(OSError(errno.ENOENT, 'x')).__name__, type(OSError(errno.EISDIR, 'x')).__name__,
      type(OSError(errno.EPIPE, 'x')).__name__, type(OSError(999, 'x')).__name__, type(IOError()).__name__)

d = tempfile.mkdtemp()
def show(label, f):
    try:
        f()
    except Exception as e:
        print(f"{label:26} {type(e).__name__}: {str(e).replace(d, '<d>')}")
        if isinstance(e, OSError):
            print('   errno', errno.errorcode.get(e.errno), 'filename', e.filename and str(e.filename).replace(d, '<d>'))
    else:
        print(f"{label:26} ok")
show("open missing", lambda: open(os.path.join(d, 'missing.txt')))
show("open dir", lambda: open(d))
show("open dir for write", lambda: open(d, 'w'))
show("open bad mode", lambda: open(os.path.join(d, 'x'), 'rw'))
show("open mode z", lambda: open(os.path.join(d, 'x'), 'z'))
show("open text with buffering 0", lambda: open(os.path.join(d, 'x'), 'w', buffering=0))
show("open binary with encoding", lambda: open(os.path.join(d, 'x'), 'wb', encoding='utf-8'))
show("open bad encoding", lambda: open(os.path.join(d, 'x'), 'w', encoding='nope'))
show("open bad newline", lambda: open(os.path.join(d, 'x'), 'w', newline='x'))
show("os.remove missing", lambda: os.remove(os.path.join(d, 'missing')))
show("os.rmdir non-empty", lambda: (open(os.path.join(d, 'f'), 'w').close(), os.rmdir(d)))
show("os.mkdir exists", lambda: os.mkdir(d))
show("os.rename missing", lambda: os.rename(os.path.join(d, 'a'), os.path.join(d, 'b')))
show("os.listdir file", lambda: os.listdir(os.path.join(d, 'f')))
show("os.chdir missing", lambda: os.chdir(os.path.join(d, 'nope')))
show("os.stat('')", lambda: os.stat(''))
show("os.stat(1.5)", lambda: os.stat(1.5))
show("os.close(-1)", lambda: os.close(-1))
show("os.read(-1, 1)", lambda: os.read(-1, 1))
show("os.path.join(1)", lambda: os.path.join(1))
show("os.path.join('a', None)", lambda: os.path.join('a', None))
show("os.fspath(1)", lambda: os.fspath(1))
show("open('a\\0b')", lambda: open('a\0b'))
def closed():
    f = open(os.path.join(d, 'f'))
    f.close()
    f.read()
show("read closed file", closed)
def wrong_mode():
    with open(os.path.join(d, 'f')) as f:
        f.write('x')
show("write to read file", wrong_mode)
def write_bytes():
    with open(os.path.join(d, 'f'), 'w') as f:
        f.write(b'x')
show("write bytes to text", write_bytes)
def write_str():
    with open(os.path.join(d, 'f'), 'wb') as f:
        f.write('x')
show("write str to binary", write_str)
def seek_bad():
    with open(os.path.join(d, 'f')) as f:
        f.seek(1, 1)
show("text seek cur nonzero", seek_bad)
def seek_whence():
    with open(os.path.join(d, 'f'), 'rb') as f:
        f.seek(0, 7)
show("seek whence 7", seek_whence)

for call in [lambda: b'\xff\xfe'.decode('utf-8'), lambda: b'abc\x80'.decode('ascii'), lambda: 'aé€'.encode('latin-1'),
             lambda: 'x\udc80'.encode('utf-8'), lambda: b'\xe2\x82'.decode('utf-8'), lambda: b'\x00'.decode('utf-16'),
             lambda: 'a'.encode('utf-8', 'nope'), lambda: b'a'.decode('rot13'), lambda: 'a'.encode('base64'),
             lambda: b'\xff'.decode('utf-8', errors='strict'), lambda: 'é'.encode('cp1252', 'strict') + 'ÿ€ƒ'.encode('ascii')]:
    try:
        call()
    except UnicodeError as e:
        print(type(e).__name__, '|', e, '|', getattr(e, 'encoding', None), getattr(e, 'start', None), getattr(e, 'end', None), getattr(e, 'reason', None))
    except LookupError as e:
        print(type(e).__name__, '|', e)
e = UnicodeDecodeError('utf-8', b'ab', 0, 1, 'bad')
print(str(e), e.object)
e = UnicodeEncodeError('ascii', 'ab', 1, 2, 'no')
print(str(e))
e = UnicodeTranslateError('ab', 0, 2, 'why')
print(str(e))
try:
    UnicodeDecodeError('x')
except TypeError as t:
    print(t)
