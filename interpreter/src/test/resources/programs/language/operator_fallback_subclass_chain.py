# Binary operator dispatch chains: __radd__ of a subclass tried first only when it overrides the
# base's, NotImplemented from both sides (the TypeError naming the operand types), in-place
# operators falling back to the binary ones and then to the reflected one, __iadd__ returning
# NotImplemented, sequence repeat and concat against numeric __mul__/__add__, __rpow__ with
# three arguments never tried, and __index__ used by repetition and slicing.
log = []

class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        log.append(f'{type(self).__name__}.add({type(o).__name__})')
        if isinstance(o, Num): return type(self)(self.v + o.v)
        if isinstance(o, int): return type(self)(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        log.append(f'{type(self).__name__}.radd({type(o).__name__})')
        if isinstance(o, int): return type(self)(o + self.v)
        return NotImplemented
    def __repr__(self): return f'{type(self).__name__}({self.v})'

class Sub(Num):
    def __radd__(self, o):
        log.append('Sub.radd')
        return Sub(('sub-r', o.v if isinstance(o, Num) else o, self.v))
class Inherit(Num):
    pass

def show(expr, **ns):
    log.clear()
    try:
        r = eval(expr, globals(), ns)
    except TypeError as e:
        r = f'TypeError: {e}'
    print(f'{expr:<22} {r!r:<40} {log}')

show('Num(1) + Num(2)')
show('Num(1) + Sub(2)')
show('Num(1) + Inherit(2)')
show('Sub(1) + Num(2)')
show('3 + Num(1)')
show('Num(1) + 2.5')
show('2.5 + Num(1)')
show('Num(1) + "s"')
show('[1] + (2,)')
show('"a" * Num(2)')
show('None + None')
show('1 @ 2')
show('-"x"')
show('~1.5')
show('abs("x")')

class InPlace(Num):
    def __iadd__(self, o):
        log.append('iadd')
        if o == 'defer':
            return NotImplemented
        self.v += o
        return self
class Idx:
    def __init__(self, n): self.n = n
    def __index__(self):
        log.append('index')
        return self.n

log.clear()
x = InPlace(1); y = x
x += 5
print(x, x is y, log); log.clear()
x += 'defer' if False else 0
z = InPlace(1)
try:
    z += 'defer'
except TypeError as e:
    print('TypeError', e, log); log.clear()
n = Num(1); m = n
n += 1
print(n, n is m, log); log.clear()
lst = [1]; alias = lst
lst += (2, 3)
print(lst, lst is alias)
t = (1,); t2 = t
t += (2,)
print(t, t is t2)
try:
    lst2 = [1]
    lst2 = lst2 + (2,)
except TypeError as e:
    print('TypeError', e)
print('ab' * Idx(2), [0] * Idx(3), 'abcdef'[Idx(1):Idx(4)], range(10)[Idx(2)], log)

class RPow:
    def __rpow__(self, other):
        return ('rpow', other)
print(2 ** RPow())
try:
    pow(2, RPow(), 5)
except TypeError as e:
    print('TypeError', e)
class Weird:
    def __eq__(self, o): return 'truthy-string'
    def __lt__(self, o): return [1]
print(Weird() == 1, Weird() != 1, Weird() < 1, 1 > Weird(), [Weird()] == [1], Weird() in [1])
print(bool(1) + True, True * 'ab', divmod(True, 2), 5 // True, -True, ~True, True << 3)
