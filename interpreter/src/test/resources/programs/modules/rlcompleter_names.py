# rlcompleter: Completer over a namespace of its own: keywords (with ' ', ':' or nothing after
# them, soft keywords too), names and builtins, '(' and '()' for callables, attributes of an
# object and of its classes (properties not evaluated, '_' and '__' names only when asked for or
# when nothing else matches), the end of the completions, __main__'s namespace by default
import rlcompleter
class Point:
    """A point."""
    kind = 'pt'
    def __init__(self, x):
        self.x = x
    def norm(self):
        return abs(self.x)
    def scale(self, k):
        return Point(self.x * k)
    @property
    def doubled(self):
        raise RuntimeError('not evaluated')
    _private = 1
    __very = 2
ns = {'p': Point(3), 'pointer': 5, 'printer': print, 'Point': Point, 'noargs': lambda: 1, 'withargs': lambda a: a}
c = rlcompleter.Completer(ns)
def all_of(text):
    out = []
    state = 0
    while (m := c.complete(text, state)) is not None:
        out.append(m)
        state += 1
    return out
# the builtins come in the order of the builtins module's dict: sorted here
print(sorted(all_of('p')))
print(all_of('pri'), all_of('no'), all_of('wi'))
print(all_of('tr'), all_of('fin'), all_of('el'), sorted(all_of('ma')), all_of('Non'))
print(all_of('p.'))
print(all_of('p._'))
print(all_of('p.__c'))
print(all_of('p.sc'), all_of('p.do'), all_of('Point.ki'), all_of('nothing.x'), all_of('p.x.'), all_of('3.'))
print(c.complete('  ', 1), c.complete('zzz', 0))
try:
    rlcompleter.Completer([1])
except TypeError as e:
    print(e)
print(sorted(set(rlcompleter.get_class_members(bool)))[:5])
m = rlcompleter.Completer()
import __main__
__main__.zz_marker = 1
print(m.complete('zz_m', 0), m.use_main_ns)
