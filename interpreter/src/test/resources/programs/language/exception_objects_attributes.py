# Exception objects: OSError(errno, strerror) constructing its errno subclass, filename and
# filename2 in str(), args rebinding, KeyError's repr-in-str, str of 0/1/2-arg exceptions,
# attributes of SyntaxError/UnicodeError/StopIteration/ImportError by keyword, __reduce__,
# BaseException.__new__ accepting keywords that __init__ refuses, and subclasses overriding
# __init__ without calling super.
import errno, pickle
for args in [(errno.ENOENT, 'No such file'), (errno.EACCES, 'denied', 'f.txt'), (errno.EEXIST, 'exists', 'a', None, 'b'),
             (999, 'unknown'), ('x', 'y'), (errno.EPIPE,), ()]:
    e = OSError(*args)
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, '|', str(e), '|', e.args)
print(type(OSError(errno.ECHILD, 'x')).__name__, type(OSError(errno.EAGAIN, 'x')).__name__, type(OSError(errno.ETIMEDOUT, 'x')).__name__,
      type(IOError(errno.ENOENT, 'x')).__name__, IOError is OSError, EnvironmentError is OSError)
class MyOSError(OSError): pass
print(type(MyOSError(errno.ENOENT, 'x')).__name__, FileNotFoundError(2, 'x').errno)
for e in [KeyError('k'), KeyError(), KeyError('a', 'b'), ValueError(), ValueError('v'), ValueError('a', 2), KeyError(('t',)), IndexError(None)]:
    print(repr(str(e)), repr(e))
e = ValueError('one')
e.args = ('changed', 2)
print(str(e), e.args)
e.args = 'xy'
print(e.args)
try:
    e.args = 5
except TypeError as err:
    print('TypeError:', err)
se = SyntaxError('bad thing', ('file.py', 3, 7, 'x = = 1\n', 3, 9))
print(se.msg, se.filename, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset, str(se))
print(str(SyntaxError('m')), str(SyntaxError('m', ('f', None, None, None))), str(SyntaxError('m', ('f', 4, 0, None))))
try:
    SyntaxError('m', (1, 2))
except TypeError as err:
    print('TypeError:', err)
ue = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte')
print(str(ue), ue.object, ue.start, ue.end)
ue.end = 2
print(str(ue))
ie = ImportError('cannot', name='mod', path='/p')
print(ie.name, ie.path, ie.msg, str(ie), repr(ie))
try:
    ImportError('x', bogus=1)
except TypeError as err:
    print('TypeError:', err)
si = StopIteration(1, 2)
print(si.value, StopIteration().value, SystemExit(1, 2).code, KeyboardInterrupt('k').args)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
ns = NoSuper(1, 2)
print(ns.args, str(ns), repr(ns))
class WithSuper(Exception):
    def __init__(self, a, b):
        super().__init__(f'{a}-{b}')
        self.a = a
w = WithSuper(1, 2)
print(w.args, str(w), w.__reduce__()[1], w.__dict__)
try:
    pickle.loads(pickle.dumps(w))
except TypeError as err:
    print('TypeError:', err)
r = pickle.loads(pickle.dumps(OSError(2, 'nf', 'fn')))
print(type(r).__name__, r.filename, r.args)
try:
    ValueError(x=1)
except TypeError as err:
    print('TypeError:', err)
print(BaseException.__new__(ValueError, 1, 2).args, Exception.__init__ is BaseException.__init__)
be = BaseException('m'); be.__init__('n', 'o')
print(be.args, hasattr(be, '__dict__'), be.__dict__)
print(AttributeError('a', name='n', obj=1).name, NameError('x', name='y').name)
ae = AttributeError('a')
print(ae.name, ae.obj)
