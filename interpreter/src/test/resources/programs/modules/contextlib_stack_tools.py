# contextlib as resource code uses it: ExitStack unwinding order with callbacks and an exception
# suppressed in the middle, pop_all, enter_context of a non-context-manager (3.11 TypeError),
# AsyncExitStack with async callbacks and push_async_exit, chdir, nullcontext (sync and async),
# closing and aclosing, suppress, redirect_stdout/stderr, contextmanager errors (generator did
# not yield / did not stop), ContextDecorator.
import asyncio
import contextlib
import io
import os
import sys
import tempfile

log = []
class Res:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        log.append('enter ' + self.name)
        return self
    def __exit__(self, et, ev, tb):
        log.append(f'exit {self.name} {et.__name__ if et else None}')
        return self.swallow

with contextlib.ExitStack() as st:
    st.enter_context(Res('a'))
    st.callback(log.append, 'callback 1')
    st.enter_context(Res('b', swallow=True))
    st.push(lambda *exc: log.append(('push', exc[0].__name__ if exc[0] else None)))
    raise KeyError('x')
print(log)
log.clear()
with contextlib.ExitStack() as st:
    st.enter_context(Res('kept'))
    moved = st.pop_all()
print(log)
moved.close()
print(log)
try:
    with contextlib.ExitStack() as st:
        st.enter_context(object())
except TypeError as e:
    print('TypeError', e)

async def amain():
    alog = []
    class ARes:
        async def __aenter__(self):
            alog.append('aenter')
            return 'resource'
        async def __aexit__(self, *exc):
            alog.append(('aexit', exc[0].__name__ if exc[0] else None))
    async def cleanup(tag):
        alog.append('async cb ' + tag)
    async with contextlib.AsyncExitStack() as st:
        print(await st.enter_async_context(ARes()))
        st.push_async_callback(cleanup, 'one')
        st.callback(alog.append, 'sync cb')
        st.enter_context(Res('sync-in-async'))
        async def aexit(et, ev, tb):
            alog.append('push_async_exit')
            return False
        st.push_async_exit(aexit)
    print(alog)
    try:
        async with contextlib.AsyncExitStack() as st:
            await st.enter_async_context(Res('x'))
    except TypeError as e:
        print('TypeError', e)
    async with contextlib.nullcontext(5) as v:
        print('async nullcontext', v)
    class AGen:
        async def aclose(self):
            alog.append('aclosed')
    async with contextlib.aclosing(AGen()):
        pass
    print(alog[-1])
asyncio.run(amain())
print(log[-2:])

start = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    with contextlib.chdir(d):
        print(os.getcwd() == os.path.realpath(d))
        with contextlib.chdir('/'):
            print(os.getcwd())
        print(os.getcwd() == os.path.realpath(d))
print(os.getcwd() == start)
with contextlib.nullcontext() as v:
    print('nullcontext', v)
class Conn:
    def close(self):
        print('closed connection')
with contextlib.closing(Conn()) as c:
    print(type(c).__name__)
with contextlib.suppress(FileNotFoundError, KeyError):
    {}['missing']
print('suppressed')
out, err = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    print('to out')
    print('to err', file=sys.stderr)
print(repr(out.getvalue()), repr(err.getvalue()))

@contextlib.contextmanager
def no_yield():
    if False:
        yield
@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
@contextlib.contextmanager
def transaction(name):
    print('begin', name)
    try:
        yield name
    except ValueError as e:
        print('rollback', name, e)
    else:
        print('commit', name)
for cm in [no_yield(), two_yields()]:
    try:
        with cm:
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
with transaction('t1'):
    raise ValueError('bad row')
with transaction('t2') as n:
    print('inside', n)
@transaction('decorated')
def work():
    print('working')
work()
class track(contextlib.ContextDecorator):
    def __enter__(self):
        print('track enter')
    def __exit__(self, *exc):
        print('track exit')
@track()
def job():
    return 'job result'
print(job())
