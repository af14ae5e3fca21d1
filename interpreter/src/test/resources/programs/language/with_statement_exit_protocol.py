# The with statement's protocol: several managers in one statement (exit order, an exception in
# a later __enter__ exits only the earlier ones), __exit__ receiving (type, value, traceback) and
# its truthiness deciding suppression (a __bool__ that raises), __exit__ raising replacing the
# exception (with __context__), __enter__/__exit__ looked up on the type only, and
# contextlib.ExitStack unwinding in the same order.
import contextlib
class CM:
    def __init__(self, name, fail_enter=False, suppress=None, raise_exit=None):
        self.name, self.fail_enter, self.suppress, self.raise_exit = name, fail_enter, suppress, raise_exit
    def __enter__(self):
        print(f'  enter {self.name}')
        if self.fail_enter: raise RuntimeError(f'enter {self.name} failed')
        return self.name
    def __exit__(self, typ, val, tb):
        print(f'  exit {self.name}', typ.__name__ if typ else None, repr(val), tb is not None)
        if self.raise_exit: raise self.raise_exit
        return self.suppress
with CM('a') as a, CM('b') as b:
    print('  body', a, b)
try:
    with CM('a'), CM('b', fail_enter=True), CM('c'):
        print('  never')
except RuntimeError as e:
    print('RuntimeError:', e)
with CM('outer'), CM('inner', suppress=1):
    raise KeyError('inner swallows')
print('after suppress')
class Truthy:
    def __bool__(self): raise ValueError('bool of exit result')
try:
    with CM('x', suppress=Truthy()):
        raise KeyError('k')
except ValueError as e:
    print('ValueError:', e, repr(e.__context__))
with CM('x', suppress=Truthy()):
    pass
print('bool not consulted without exception')
try:
    with CM('r', raise_exit=TypeError('from exit')):
        raise KeyError('original')
except TypeError as e:
    print('TypeError:', e, repr(e.__context__))
cm = CM('inst')
cm.__enter__ = lambda: 'instance enter'
cm.__exit__ = lambda *a: True
with cm as v:
    print('  got', v)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print('TypeError:', e)
class ExitNotCallable:
    def __enter__(self): return 1
    __exit__ = 5
try:
    with ExitNotCallable():
        print('  entered anyway')
except TypeError as e:
    print('TypeError:', e)
def returns_in_with():
    with CM('ret'):
        return 'returned'
print(returns_in_with())
for i in range(2):
    with CM(f'loop{i}'):
        if i == 0:
            continue
        break
with contextlib.ExitStack() as stack:
    for n in ('s1', 's2', 's3'):
        stack.enter_context(CM(n))
    stack.callback(print, '  callback runs first')
    print('  stack body')
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(CM('e1', suppress=True))
        stack.enter_context(CM('e2', raise_exit=ValueError('e2 exit')))
        raise KeyError('body')
    print('suppressed by e1')
except Exception as e:
    print('escaped', repr(e))
@contextlib.contextmanager
def gen_cm():
    print('  gen enter')
    try:
        yield 'g'
    except ZeroDivisionError:
        print('  gen handled')
    print('  gen after')
with gen_cm() as g:
    1 / 0
print('gen suppressed', g)
@contextlib.contextmanager
def yields_twice():
    yield 1
    yield 2
try:
    with yields_twice():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)
