# Pins down: class patterns' runtime errors and their messages (non-class in a class pattern,
# __match_args__ not a tuple, too many positional subpatterns, duplicate keyword attributes through
# __match_args__), self-matching builtins with one positional (int, str, bool...), attribute lookups
# happening in order with getattr failures propagating (non-AttributeError) or failing the case
# (AttributeError), and guards evaluated after bindings.
class P:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y

class Bad:
    __match_args__ = ['x']
    x = 1

class Loud:
    __match_args__ = ('a', 'b')
    def __getattr__(self, name):
        print('  getattr', name)
        if name == 'b':
            raise AttributeError(name)
        if name == 'boom':
            raise KeyError('boom')
        return name.upper()

def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

def m1(v, cls):
    match v:
        case cls(a):
            return ('pos', a)
    return 'nomatch'

attempt('not a class', lambda: m1(1, 5))
attempt('list instance as class', lambda: m1(1, [int]))
attempt('Bad match_args', lambda: m1(Bad(), Bad))

def m2(v):
    match v:
        case P(a, b, c):
            return (a, b, c)
    return 'nomatch'

attempt('too many', lambda: m2(P(1, 2)))

def m3(v):
    match v:
        case P(a, x=b):
            return (a, b)
    return 'nomatch'

attempt('dup through match_args', lambda: m3(P(1, 2)))

def m4(v):
    match v:
        case Loud(a):
            return ('one', a)
    return 'nomatch'

attempt('Loud one', lambda: m4(Loud()))

def m5(v):
    match v:
        case Loud(a, b):
            return ('two', a, b)
        case Loud(boom=q):
            return ('boom', q)
    return 'nomatch'

attempt('Loud two then boom', lambda: m5(Loud()))

# self-matching builtins
for v in [3, 3.5, 'text', b'by', True, (1,), [1], {1: 2}, frozenset({1}), {4}, bytearray(b'q')]:
    match v:
        case bool(x):
            r = ('bool', x)
        case int(x):
            r = ('int', x)
        case float(x):
            r = ('float', x)
        case str(x) | bytes(x):
            r = ('strbytes', x)
        case tuple(x) | list(x):
            r = ('seq', x)
        case dict(x):
            r = ('dict', x)
        case frozenset(x) | set(x):
            r = ('set', sorted(x))
        case bytearray(x):
            r = ('ba', x)
    print(type(v).__name__, r)

def too_many_builtin(v):
    match v:
        case int(a, b):
            return a, b

attempt('int(a, b)', lambda: too_many_builtin(5))

# a subclass of int without __match_args__ still self-matches
class MyInt(int):
    pass
match MyInt(7):
    case int(z):
        print('MyInt self', z, type(z).__name__)

class WithArgs(int):
    __match_args__ = ('real', 'imag')
def wa(v):
    match v:
        case WithArgs(r, i):
            return ('WithArgs', r, i)
        case int(r, i):
            return ('int(r, i)', r, i)
attempt('WithArgs(8)', lambda: wa(WithArgs(8)))
attempt('plain 8 against WithArgs first', lambda: wa(8))

# guard sees bindings; failed guard keeps bindings made
y = None
match P(10, 20):
    case P(x=y) if y > 100:
        print('big')
    case P(y=q) if (print('guard y=', y, 'q=', q) or True):
        print('second case q', q)

# match_args with a non-str entry
class NS:
    __match_args__ = (1,)
attempt('non-str match_args', lambda: m1(NS(), NS))

# class pattern on object subclass with no match_args and positional
class Plain:
    pass
attempt('Plain positional', lambda: m1(Plain(), Plain))

# keyword attribute missing fails the case quietly
match P(1, 2):
    case P(z=1):
        print('z?')
    case P(y=2, x=1):
        print('kw order y,x ok')

# isinstance hook through metaclass
class Meta(type):
    def __instancecheck__(cls, inst):
        print('  instancecheck', type(inst).__name__)
        return isinstance(inst, int)
class AnyInt(metaclass=Meta):
    __match_args__ = ('real',)
match 41:
    case AnyInt(real=r):
        print('AnyInt real', r)
