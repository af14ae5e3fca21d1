# OSError's and ImportError's own __reduce__: the file names OSError took out of args put back
# (filename2 after a None for the Windows error), ImportError's name and path in the state with the
# __dict__; pickle and copy round trips keep them; which exceptions have a __new__ of their own, and
# __new__ called through a base that shares its tp_new.
import copy
import pickle

cases = [OSError('plain'), OSError(2, 'No such file'), OSError(2, 'No such file', 'a.txt'),
         OSError(2, 'No such file', 'a.txt', None, 'b.txt'), OSError(13, 'Denied', None),
         FileNotFoundError(2, 'gone', 'x'), PermissionError(1, 'no', 'y', 5, 'z'), OSError(1, 2, 3, 4, 5, 6)]
for e in cases:
    r = e.__reduce__()
    print(r[0].__name__, r[1:], e.args, e.filename, e.filename2)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(e, proto))
        assert (type(back), back.args, back.errno, back.strerror, back.filename, back.filename2) == \
            (type(e), e.args, e.errno, e.strerror, e.filename, e.filename2), (e, proto)
    c = copy.copy(e)
    print('  ', type(c).__name__, str(c) == str(e), c.filename, c.filename2)

e = OSError(2, 'x', 'f')
e.note = 'kept'
print(e.__reduce__()[1:], pickle.loads(pickle.dumps(e)).note)

for e in [ImportError('m'), ImportError('m', name='mod'), ImportError('m', path='/p'),
          ImportError('m', name='mod', path='/p'), ImportError(), ModuleNotFoundError('no', name='zz'),
          ImportError('a', 'b', name=None)]:
    r = e.__reduce__()
    print(r[0].__name__, r[1:])
    back = pickle.loads(pickle.dumps(e))
    print('  ', back.args, back.msg, back.name, back.path)
e = ImportError('m', name='n')
e.extra = 1
print(e.__reduce__()[1:], copy.deepcopy(e).extra, copy.deepcopy(e).name)

print([t.__name__ for t in (Exception, ValueError, KeyError, StopIteration, OSError, FileNotFoundError,
                            MemoryError, SyntaxError, UnicodeDecodeError, BaseExceptionGroup, ExceptionGroup,
                            UnboundLocalError, SystemExit) if '__new__' in t.__dict__])
print(KeyError.__new__ is LookupError.__new__, ConnectionError.__new__ is OSError.__new__)
k = KeyError.__new__(KeyError, 'k')
print(type(k).__name__, k.args)
s = Exception.__new__(SyntaxError, 'bad')
print(type(s).__name__, s.args)


class K(KeyError):
    def __new__(cls, *args):
        return super().__new__(cls, *args)


print(repr(K('x')), K('x').args)
f = OSError.__new__(FileNotFoundError, 2, 'gone', 'p')
print(type(f).__name__, f.filename, f.args)
try:
    OSError.__new__(KeyError)
except TypeError as x:
    print('TypeError', x)
try:
    ValueError.__new__(OSError)
except TypeError as x:
    print('TypeError', x)
print(ExceptionGroup.__module__, ExceptionGroup.__dict__['__module__'], ExceptionGroup.__weakref__.__get__(ExceptionGroup('g', [ValueError()])))
g = BaseExceptionGroup('g', [ValueError(1)])
print(type(g).__name__, BaseExceptionGroup.__dict__['message'].__get__(g), BaseExceptionGroup.exceptions.__get__(g))
