# ExceptionGroup and except* (3.11): splitting, nesting, re-raise, derive, notes, subgroup/split
def show(eg, indent=0):
    print(' ' * indent + repr(eg) if not isinstance(eg, BaseExceptionGroup) else ' ' * indent + type(eg).__name__ + ' ' + str(eg))
    if isinstance(eg, BaseExceptionGroup):
        for e in eg.exceptions:
            show(e, indent + 2)

eg = ExceptionGroup('many', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3), KeyError(4)])])
show(eg)
print(str(eg), repr(eg.message), len(eg.exceptions))
m, rest = eg.split(ValueError)
show(m)
show(rest)
show(eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError))))
print(eg.subgroup(OSError), eg.split(OSError)[0])

try:
    raise eg
except* ValueError as e:
    print('caught values:', [repr(x) for x in e.exceptions], type(e).__name__)
except* (TypeError, KeyError) as e:
    print('caught others:', e)

try:
    try:
        raise ExceptionGroup('g', [ValueError('a'), OSError('b')])
    except* ValueError:
        print('handled ValueError part')
except ExceptionGroup as e:
    print('left over:', e, e.exceptions)

try:
    raise ValueError('naked')
except* ValueError as e:
    print('naked wrapped:', type(e).__name__, e, e.exceptions)

class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + '!', excs)
try:
    raise MyGroup('mine', [ValueError(1), TypeError(2)])
except* ValueError as e:
    print(type(e).__name__, e)
except* TypeError as e:
    print(type(e).__name__, e)

for bad in (lambda: ExceptionGroup('x', []), lambda: ExceptionGroup('x', [1]), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup('x', ValueError()), lambda: ExceptionGroup('x', [KeyboardInterrupt()])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
beg = BaseExceptionGroup('b', [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup('b', [ValueError()])).__name__)
e = ValueError('noted')
e.add_note('first note')
e.add_note('second')
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as x:
    print('TypeError:', x)
try:
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        raise KeyError('inside')
except ExceptionGroup as g:
    print('raised in handler:', repr(g), repr(g.exceptions[0]), repr(g.exceptions[0].__context__))
