# Evaluation order and short-circuiting as the language defines it: chained comparisons evaluating
# the middle operand once and stopping at the first false link, `and`/`or` returning an operand
# (never a bool) and calling __bool__ once per test, `not` through __len__, conditional
# expressions, `in`/`not in`/`is not` in chains, comparisons returning non-bools inside chains,
# and __bool__ raising in each position.
log = []
class V:
    def __init__(self, name, value, truth=True):
        self.name, self.value, self.truth = name, value, truth
    def __lt__(self, other):
        log.append(f'{self.name}<{other.name}')
        return self.value < other.value
    def __eq__(self, other):
        log.append(f'{self.name}=={getattr(other, "name", other)}')
        return Truthy(self.value == getattr(other, 'value', other))
    def __bool__(self):
        log.append(f'bool({self.name})')
        return self.truth
    __hash__ = object.__hash__
class Truthy:
    def __init__(self, v): self.v = v
    def __bool__(self):
        log.append(f'Truthy.bool({self.v})')
        return self.v
    def __repr__(self): return f'Truthy({self.v})'

def src(name, v, truth=True):
    log.append(f'eval {name}')
    return V(name, v, truth)

def show(label, fn):
    log.clear()
    try:
        r = fn()
        r = getattr(r, 'name', r)
    except Exception as e:
        r = f'{type(e).__name__}: {e}'
    print(f'{label:<28} -> {r!r:<16} {log}')

show('a < b < c', lambda: src('a', 1) < src('b', 2) < src('c', 3))
show('a < b < c (first false)', lambda: src('a', 5) < src('b', 2) < src('c', 3))
show('a == b == c', lambda: src('a', 1) == src('b', 1) == src('c', 2))
show('a == b', lambda: src('a', 1) == src('b', 1))
show('a and b', lambda: src('a', 1) and src('b', 2))
show('a and b (a false)', lambda: src('a', 1, False) and src('b', 2))
show('a or b', lambda: src('a', 1, False) or src('b', 2))
show('a or b (a true)', lambda: src('a', 1) or src('b', 2))
show('not a', lambda: not src('a', 1))
show('a if c else b', lambda: src('a', 1) if src('c', 0, False) else src('b', 2))
show('if a and b', lambda: 'yes' if (src('a', 1) and src('b', 2, False)) else 'no')
show('while-style not (a or b)', lambda: not (src('a', 1, False) or src('b', 2, False)))
show('x in lst == True', lambda: 1 in [1] == True)
show('1 < 2 > 0 != 3', lambda: 1 < 2 > 0 != 3)
show('None is not None is None', lambda: None is not None is None)
show('[] or {} or 0 or ""', lambda: [] or {} or 0 or '')
show('[] and 1/0', lambda: [] and 1 / 0)
show('0 or [] or "last"', lambda: 0 or [] or 'last')
show('(1, 2) and "x"', lambda: (1, 2) and 'x')

class BoomBool:
    def __bool__(self):
        raise ValueError('bool failed')
show('BoomBool() and 1', lambda: BoomBool() and 1)
show('0 or BoomBool()', lambda: type(0 or BoomBool()).__name__)
show('not BoomBool()', lambda: not BoomBool())
show('1 if BoomBool() else 2', lambda: 1 if BoomBool() else 2)
show('any([0, BoomBool()])', lambda: any([0, BoomBool()]))
show('all([1, BoomBool()])', lambda: all([1, BoomBool()]))
show('[x for x in "ab" if BoomBool()]', lambda: [x for x in 'ab' if BoomBool()])
class LenOnly:
    def __init__(self, n): self.n = n
    def __len__(self):
        log.append(f'len={self.n}')
        return self.n
show('not LenOnly(0)', lambda: not LenOnly(0))
show('LenOnly(2) and "t"', lambda: LenOnly(2) and 't')
show('bool(LenOnly(-1))', lambda: bool(LenOnly(-1)))
order = []
def k(name):
    order.append(name)
    return name
d = {k('k1'): k('v1'), k('k2'): k('v2')}
x = k('f')(k('a')) if False else [k('e1'), k('e2')][k(0):k(1)]
print(order)
order.clear()
def f(a, b): return a
f(k('arg1'), b=k('arg2')); (k('lhs') + k('rhs')); k('t')[k(0)]
print(order)
