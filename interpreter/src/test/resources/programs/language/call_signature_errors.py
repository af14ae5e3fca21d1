# The TypeErrors of calls against every kind of parameter, as CPython words them: positional-only
# given by keyword (listed), missing positional/keyword-only arguments (one, two, three names),
# too many positionals with and without defaults and keyword-only ones, unexpected keywords on
# functions, methods (qualname) and lambdas, multiple values, **kwargs catching positional-only
# names, and the same through functools.partial and bound methods.
import functools

def pos_only(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)
def kw_collect(a, /, **kw):
    return a, kw
class Svc:
    def method(self, x, y=1, *, z):
        return (x, y, z)
    @staticmethod
    def st(a, /):
        return a
    @classmethod
    def cm(cls, *, flag):
        return flag

cases = [
    lambda: pos_only(1, 2, 3, d=4),
    lambda: pos_only(1, b=2, c=3, d=4),
    lambda: pos_only(a=1, b=2, c=3, d=4),
    lambda: pos_only(1, 2),
    lambda: pos_only(1),
    lambda: pos_only(),
    lambda: pos_only(1, 2, 3),
    lambda: pos_only(1, 2, 3, 4),
    lambda: pos_only(1, 2, 3, d=4, f=6),
    lambda: pos_only(1, 2, 3, c=3, d=4),
    lambda: pos_only(1, 2, 3, 4, 5, f=6),
    lambda: pos_only(f=6, b=1, a=2),
    lambda: kw_collect(1, a=2),
    lambda: kw_collect(),
    lambda: Svc().method(),
    lambda: Svc().method(1),
    lambda: Svc().method(1, 2, 3, z=1),
    lambda: Svc().method(1, x=1, z=2),
    lambda: Svc.method(1, 2),
    lambda: Svc.st(a=1),
    lambda: Svc.cm(True),
    lambda: Svc.cm(),
    lambda: (lambda q, *, r: 0)(1, 2),
    lambda: (lambda: 0)(1),
    lambda: (lambda *a: a)(x=1),
    lambda: functools.partial(pos_only, 1, 2)(),
    lambda: functools.partial(pos_only, b=2)(1, 3, d=4),
    lambda: Svc().method(*[1, 2], **{'z': 3, 'y': 4}),
    lambda: len(),
    lambda: len([], []),
    lambda: len(obj=[]),
    lambda: sorted([], reverse=True, key=None, extra=1),
    lambda: int(x=5),
    lambda: print(sep=5),
    lambda: dict.get({}, 'k', 'd', 'x'),
    lambda: {}.get(),
    lambda: [].append(),
    lambda: ''.join(),
    lambda: divmod(1),
    lambda: isinstance(1),
    lambda: getattr(1),
    lambda: max(),
    lambda: max(1),
    lambda: min([], default=1, key=len, bad=2),
    lambda: range(),
    lambda: range(1, 2, 3, 4),
    lambda: enumerate(),
    lambda: zip(strict=1, other=2),
]
for i, case in enumerate(cases):
    try:
        print(i, 'ok', case())
    except TypeError as e:
        print(i, e)
print(pos_only(1, 2, 3, d=4), kw_collect(1, a=2, b=3), Svc().method(1, z=0), Svc.cm(flag=1))
import inspect
print(inspect.signature(pos_only), inspect.signature(Svc.method), inspect.signature(Svc().method), inspect.signature(kw_collect))
print(pos_only.__code__.co_posonlyargcount, pos_only.__code__.co_kwonlyargcount, pos_only.__code__.co_argcount, pos_only.__kwdefaults__, pos_only.__defaults__)
