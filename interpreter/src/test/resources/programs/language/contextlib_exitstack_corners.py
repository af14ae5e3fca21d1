# contextlib's corners: ExitStack unwinding callbacks in reverse with exceptions replaced and
# chained, pop_all transferring ownership, enter_context refusing a non-context-manager (3.11's
# TypeError), suppress with several types and subclasses, contextmanager generators that do not
# yield / yield twice / swallow, a generator-based manager re-raising a StopIteration wrapped,
# nullcontext, closing, redirect_stdout, chdir-free AbstractContextManager subclass checks.
import contextlib, io, sys

log = []
def cb(name, fail=False):
    def inner(*a):
        log.append(name)
        if fail:
            raise ValueError(f'{name} failed')
    return inner

try:
    with contextlib.ExitStack() as stack:
        stack.callback(cb('first'))
        stack.callback(cb('second', fail=True))
        stack.push(lambda et, ev, tb: log.append(f'push sees {et.__name__ if et else None}'))
        stack.callback(cb('third', fail=True))
        raise KeyError('body')
except ValueError as e:
    print(log, e, type(e.__context__).__name__, e.__context__, type(e.__context__.__context__).__name__)
log.clear()

with contextlib.ExitStack() as outer:
    outer.callback(cb('outer-cb'))
    with contextlib.ExitStack() as inner:
        inner.callback(cb('moved'))
        moved = inner.pop_all()
    log.append('inner closed')
    moved.close()
print(log); log.clear()

try:
    with contextlib.ExitStack() as s:
        s.enter_context(object())
except TypeError as e:
    print('TypeError', e)

with contextlib.suppress(KeyError, IndexError):
    [][1]
with contextlib.suppress(LookupError):
    {}['k']
try:
    with contextlib.suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print('not suppressed:', e)
with contextlib.suppress():
    pass

@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextlib.contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextlib.contextmanager
def swallow():
    try:
        yield 'value'
    except ZeroDivisionError as e:
        log.append(f'swallowed {e}')
with swallow() as v:
    log.append(v)
    1 / 0
print(log); log.clear()

@contextlib.contextmanager
def passthrough():
    yield
try:
    with passthrough():
        raise StopIteration('inside')
except StopIteration as e:
    print('StopIteration kept', e)
try:
    with passthrough():
        raise RuntimeError('rt')
except RuntimeError as e:
    print('RuntimeError kept', e, e.__context__)

@contextlib.contextmanager
def transform():
    try:
        yield
    except KeyError as e:
        raise LookupError('transformed') from e
try:
    with transform():
        raise KeyError('orig')
except LookupError as e:
    print(e, repr(e.__cause__))

with contextlib.nullcontext('enter-result') as r:
    print(r)
class Res:
    def close(self): print('closed Res')
with contextlib.closing(Res()) as res:
    print(type(res).__name__)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured')
print(repr(buf.getvalue()), sys.stdout is sys.__stdout__)

class Manual(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print('Manual exit', exc[0])
with Manual() as m:
    print(type(m).__name__)
class Duck:
    def __enter__(self): return self
    def __exit__(self, *a): pass
print(issubclass(Duck, contextlib.AbstractContextManager), issubclass(object, contextlib.AbstractContextManager))
@contextlib.contextmanager
def as_decorator():
    print('enter deco')
    yield
    print('exit deco')
@as_decorator()
def decorated(x):
    print('body', x)
decorated(1); decorated(2)
cm = passthrough()
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__, e)
