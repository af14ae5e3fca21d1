# Pins down: str() and repr() of built-in exceptions built with 0, 1, 2 args and keyword-less
# special constructors (OSError errno mapping to subclasses, KeyError's repr-str, UnicodeDecodeError
# five-argument form, SyntaxError with a details tuple, StopIteration.value, SystemExit.code,
# ImportError name/path keywords, AttributeError/NameError name and obj), args mutation,
# __reduce__ results, with_traceback chaining and exceptions compared by identity only.
import errno

def show(e):
    print(f'{type(e).__name__:24} str={str(e)!r:40} repr={e!r}')

for cls in (Exception, ValueError, KeyError, IndexError, LookupError, StopIteration, SystemExit,
            KeyboardInterrupt, ArithmeticError):
    for args in ((), ('one',), ('one', 2), (None,), ((1, 2),)):
        show(cls(*args))

print('--- OSError family')
for args in [(errno.ENOENT, 'No such file'), (errno.EACCES, 'denied', 'f.txt'), (errno.EEXIST, 'exists', 'a', 0, 'b'),
             (errno.EAGAIN, 'again'), (errno.EPIPE, 'pipe'), (errno.ECHILD, 'child'), (errno.ETIMEDOUT, 'slow'),
             (999, 'unknown errno'), ('notint', 'x'), (1,), ()]:
    e = OSError(*args)
    print(type(e).__name__, e.errno, e.strerror, e.filename, getattr(e, 'filename2', None), '|', str(e), '|', e.args)
e = FileNotFoundError(2, 'gone', 'x.txt')
print(repr(e), e.characters_written if hasattr(e, 'characters_written') and False else '')
b = BlockingIOError(errno.EAGAIN, 'again', 5)
print(b.characters_written, str(b))
try:
    BlockingIOError(1, 2).characters_written
except AttributeError as ex:
    print('AttributeError', ex)

print('--- specials')
u = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte')
show(u)
print(u.encoding, u.object, u.start, u.end, u.reason)
u.end = 2
show(u)
u.start = 5
print(str(u))
ue = UnicodeEncodeError('ascii', 'héllo', 1, 2, 'ordinal not in range(128)')
show(ue)
ut = UnicodeTranslateError('\u20ac', 0, 1, 'no mapping')
show(ut)
se = SyntaxError('bad syntax', ('file.py', 3, 5, 'x = = 1\n', 3, 6))
show(se)
print(se.filename, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset, se.msg)
show(SyntaxError('only msg'))
show(SyntaxError())
show(IndentationError('unexpected indent', ('m.py', 1, 1, '  x\n')))
show(StopIteration(1, 2))
print(StopIteration(1, 2).value, StopIteration().value, SystemExit(3, 4).code, SystemExit().code)
ie = ImportError('cannot import', name='mod', path='/p/mod.py')
show(ie)
print(ie.name, ie.path, ie.msg)
show(ModuleNotFoundError('No module named x', name='x'))
try:
    ImportError('x', bogus=1)
except TypeError as ex:
    print('TypeError', ex)
ae = AttributeError('msg', name='attr', obj=5)
print(ae.name, ae.obj, str(ae))
ne = NameError('msg', name='n')
print(ne.name, str(ne))

print('--- args mutation and reduce')
e = ValueError('a', 'b')
e.args = ('changed',)
show(e)
e.args = 'xy'
print(e.args)
e.args = [1]
print(e.args, type(e.args).__name__)
print(KeyError('k').__reduce__(), OSError(2, 'x', 'f').__reduce__()[1])
class WithState(Exception):
    pass
w = WithState('m')
w.extra = 1
print(w.__reduce__())
print(ValueError('x') == ValueError('x'), ValueError('x') != ValueError('x'))

print('--- custom __str__ and subclass with init')
class Custom(Exception):
    def __init__(self, code, detail):
        super().__init__(code)
        self.detail = detail
    def __str__(self):
        return f'[{self.args[0]}] {self.detail}'
c = Custom(404, 'missing')
show(c)
print(c.args)
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a = a
n = NoSuperInit(1, 2)
show(n)
print(n.args)
class NewArgs(Exception):
    def __new__(cls, *args):
        return super().__new__(cls, 'from-new')
show(NewArgs('x', 'y'))
