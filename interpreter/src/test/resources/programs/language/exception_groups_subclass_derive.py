# except* with nested groups; split/subgroup on subclasses without and with derive() (what
# carries over: __traceback__, __cause__, __context__, __notes__), BaseExceptionGroup of
# non-Exceptions, constructor errors, and the groups except* re-raises.
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        print('  derive', len(excs))
        g = MyGroup(self.message + '*', excs)
        g.tag = getattr(self, 'tag', None)
        return g
class NoDerive(ExceptionGroup):
    pass

def leaves(g, depth=0):
    out = []
    for e in g.exceptions:
        if isinstance(e, BaseExceptionGroup):
            out.append((type(e).__name__, e.message, leaves(e, depth + 1)))
        else:
            out.append(repr(e))
    return out

inner = ValueError('v1')
eg = MyGroup('top', [inner, TypeError('t1'), MyGroup('sub', [ValueError('v2'), KeyError('k')])])
eg.tag = 'T'
eg.add_note('note on top')
try:
    raise eg from OSError('cause')
except MyGroup as caught:
    eg = caught
match, rest = eg.split(ValueError)
print(type(match).__name__, match.message, leaves(match), match.tag)
print(type(rest).__name__, rest.message, leaves(rest))
print(match.__notes__, repr(match.__cause__), match.__traceback__ is eg.__traceback__)
print(eg.subgroup(lambda e: isinstance(e, KeyError)).exceptions[0].exceptions)
print(eg.subgroup(lambda e: True) is eg, eg.split(lambda e: True)[0] is eg, eg.split(OSError))
nd = NoDerive('nd', [ValueError(1), TypeError(2)])
m, r = nd.split(ValueError)
print(type(m).__name__, type(r).__name__, m.message)

def run(group):
    try:
        raise group
    except* ValueError as ve:
        print('  VE', type(ve).__name__, leaves(ve))
    except* (TypeError, KeyError) as te:
        print('  TE/KE', type(te).__name__, leaves(te))
try:
    run(MyGroup('run', [ValueError('a'), MyGroup('n', [TypeError('b'), OSError('c')])]))
except BaseException as left:
    print('left', type(left).__name__, left.message, leaves(left))
try:
    try:
        raise ValueError('naked')
    except* ValueError as g:
        print('naked wrapped', type(g).__name__, repr(g.message), g.exceptions)
        raise
except ExceptionGroup as final:
    print('reraised naked', type(final).__name__, final.exceptions)
except ValueError as final:
    print('reraised as plain', repr(final))
try:
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('new')
except ExceptionGroup as e2:
    print('raised in handler:', e2.message, leaves(e2))

bg = BaseExceptionGroup('base', [KeyboardInterrupt(), ValueError('x')])
print(type(bg).__name__, type(BaseExceptionGroup('b', [ValueError()])).__name__)
print(type(bg.subgroup(ValueError)).__name__, type(bg.subgroup(KeyboardInterrupt)).__name__)
for args in [('m', []), ('m', [1]), (1, [ValueError()]), ('m', ValueError()), ('m',),
             ('m', (ValueError(),))]:
    try:
        x = ExceptionGroup(*args)
        print('made', type(x).__name__, x.exceptions)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    ExceptionGroup('m', [KeyboardInterrupt()])
except TypeError as e:
    print('TypeError:', e)
try:
    try:
        raise BaseExceptionGroup('bb', [SystemExit(3), ValueError('q')])
    except* SystemExit as se:
        print('SystemExit part', se.exceptions[0].code)
except ExceptionGroup as rest_:
    print('rest', type(rest_).__name__, rest_.exceptions)
print(repr(ExceptionGroup('r', [ValueError(1)])), str(ExceptionGroup('s', [ValueError(1), ValueError(2)])))
class Wrong(ExceptionGroup):
    def derive(self, excs): return 'not a group'
try:
    Wrong('w', [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print('TypeError:', e)
try:
    try:
        raise ValueError('x')
    except* 42:
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    try:
        raise ValueError('x')
    except* ExceptionGroup:
        pass
except TypeError as e:
    print('TypeError:', e)
