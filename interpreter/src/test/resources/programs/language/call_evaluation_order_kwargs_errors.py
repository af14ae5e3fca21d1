# Pins down: evaluation order of calls (callee, positional, *iterables, keywords, **mappings, left to
# right), dict displays (key before value since 3.8, later duplicate keys win but the first key
# object is kept), set displays, chained comparisons evaluating the middle once, the messages of
# duplicate keyword arguments through ** (mapping with non-str keys, keys() / __getitem__ protocol
# of custom mappings), and positional-only/keyword-only parameter errors.
log = []
def t(tag, v=None):
    log.append(tag)
    return tag if v is None else v

def f(*args, **kwargs):
    return args, kwargs

def flush(label):
    print(label, log)
    log.clear()

t('callee', f)(t('a'), *t('star', [t('in-star')]), k=t('kw'), **t('dstar', {'z': t('in-dstar')}))
flush('call order')
{t('k1'): t('v1'), t('k2'): t('v2'), **t('merge', {}), t('k3'): t('v3')}
flush('dict display')
{t('s1'), *t('sstar', ['x']), t('s2')}
flush('set display')
[t('l1'), *t('lstar', ()), t('l2')]
flush('list display')
t('x', 1) < t('y', 2) < t('z', 3)
flush('chain all')
t('x', 3) < t('y', 2) < t('z', 1)
flush('chain short')
t('obj', [0])[t('idx', 0)] = t('value')
flush('subscript assignment')
a = {}
a[t('key')] = a.setdefault(t('inner'), 0) if False else t('rhs')
flush('rhs before target')
t('left', 1) + t('right', 2) * t('third', 3)
flush('binary')
t('cond', True) and t('and-rhs') or t('or-rhs')
flush('bool ops')
d = {1: 'int one', 1.0: 'float one', True: 'bool one'}
print(d, type(list(d)[0]).__name__)

class Keys:
    def keys(self):
        log.append('keys()')
        return ['p', 'q']
    def __getitem__(self, k):
        log.append(f'getitem {k}')
        return k.upper()
print(f(**Keys()))
flush('custom mapping')
print({**Keys()})
flush('dict unpack custom')

def check(label, fn):
    try:
        print(label, '->', fn())
    except TypeError as e:
        print(label, 'TypeError', e)

check('dup kw via **', lambda: f(a=1, **{'a': 2}))
check('dup two **', lambda: f(**{'a': 1}, **{'a': 2}))
check('non-str key **', lambda: f(**{1: 2}))
check('non-mapping **', lambda: f(**[1]))
check('non-iterable *', lambda: f(*5))
check('None **', lambda: f(**None))
def g(a, b=2, /, c=3, *, d, e=5):
    return a, b, c, d, e
check('posonly as kw', lambda: g(a=1, d=4))
check('missing kwonly', lambda: g(1))
check('too many positional', lambda: g(1, 2, 3, 4))
check('unexpected kw', lambda: g(1, d=4, z=0))
check('multiple values', lambda: g(1, 2, 3, c=3, d=4))
check('ok', lambda: g(1, d=4))
check('posonly and **kw same name', lambda: (lambda a, /, **kw: (a, kw))(1, a=2))
def h(x, y):
    pass
check('missing two', lambda: h())
check('missing one', lambda: h(1))
check('kw missing', lambda: h(y=1))
def k(*, a, b, c):
    pass
check('missing kwonly three', lambda: k())
class M:
    def meth(self, x):
        pass
check('method missing', lambda: M().meth())
check('method too many', lambda: M().meth(1, 2))
check('unbound method', lambda: M.meth())
check('builtin kwargs', lambda: len(obj=[]))
check('builtin positional only', lambda: divmod(a=1, b=2))
check('dict kw and positional', lambda: dict({'a': 1}, a=2, **{'b': 3}))
check('str.split kw', lambda: 'a b'.split(sep=None, maxsplit=1))
check('sorted positional key', lambda: sorted([3, 1], lambda x: x))
