# Keyword arguments the built-in exceptions accept: ImportError(name=, path=), NameError(name=),
# AttributeError(name=, obj=); every other one takes none, subclasses included
for make in (lambda: ImportError('msg', name='mod', path='/p'), lambda: ModuleNotFoundError('m', name='x'),
             lambda: NameError('n', name='v'), lambda: UnboundLocalError('u', name='w'),
             lambda: AttributeError('a', name='attr', obj=[1]), lambda: ImportError('only positional')):
    e = make()
    print(type(e).__name__, e.args, [getattr(e, a, '-') for a in ('name', 'path', 'obj', 'msg')])
class MyError(ValueError):
    pass
class MyImport(ImportError):
    pass
for make in (lambda: ValueError(x=1), lambda: MyError('a', code=3), lambda: NameError('n', path='p'),
             lambda: AttributeError(nam=1), lambda: ImportError(obj=1), lambda: OSError(1, 'x', filename='f'),
             lambda: StopIteration(value=3), lambda: SystemExit(code=2), lambda: MyImport('m', name='n', x=1),
             lambda: KeyError('k', key='k'), lambda: BaseException(a=1)):
    try:
        e = make()
        print('made', repr(e))
    except TypeError as err:
        print('TypeError:', err)
e = MyImport('m', name='n', path='q')
print(e.name, e.path, e.msg, str(e))
e = ImportError('a', 'b', name='c')
print(e.msg, e.args, str(e))
e = NameError()
e.name = 'set later'
print(e.name, repr(e))
