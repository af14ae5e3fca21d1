# contextlib.contextmanager, suppress, closing, nullcontext, ExitStack
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack
@contextmanager
def tag(name):
    print('<' + name + '>')
    try:
        yield name.upper()
    finally:
        print('</' + name + '>')
with tag('b') as t:
    print('inside', t)
try:
    with tag('i'):
        raise ValueError('x')
except ValueError as e:
    print('caught', e)
with suppress(KeyError):
    {}['missing']
print('suppressed')
class Res:
    def close(self): print('closed')
with closing(Res()):
    print('using')
with nullcontext(5) as v:
    print(v)
with ExitStack() as st:
    st.callback(print, 'cb1')
    st.callback(print, 'cb2')
    st.enter_context(tag('s'))
