# BaseExceptionGroup.split and subgroup: by type, tuple of types or function; identity kept when
# nothing changes; the parts get the original's traceback, cause, context and a copy of its notes
def show(e, indent=0):
    pad = ' ' * indent
    if isinstance(e, BaseExceptionGroup):
        print(pad + type(e).__name__, repr(e.message), len(e.exceptions))
        for x in e.exceptions:
            show(x, indent + 2)
    else:
        print(pad + repr(e))

leaf1, leaf2, leaf3 = ValueError(1), TypeError(2), KeyError(3)
inner = ExceptionGroup('inner', [leaf2, leaf3])
eg = ExceptionGroup('outer', [leaf1, inner, OSError(4)])
match, rest = eg.split(TypeError)
show(match)
show(rest)
print(match.exceptions[0].exceptions[0] is leaf2, rest.exceptions[0] is leaf1)
print(eg.subgroup(Exception) is eg, eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print(eg.subgroup(ZeroDivisionError), eg.split(ZeroDivisionError)[1] is eg)
print(eg.subgroup(()) is None, eg.split(())[1] is eg)
show(eg.subgroup((KeyError, OSError)))
show(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == 'inner'))
calls = []
def pred(e):
    calls.append(type(e).__name__)
    return isinstance(e, LookupError)
show(eg.subgroup(pred))
print(calls)
print(eg.subgroup(lambda e: True) is eg)

try:
    raise eg from RuntimeError('cause')
except ExceptionGroup as caught:
    caught.add_note('a note')
    m, r = caught.split(ValueError)
    print(m.__traceback__ is caught.__traceback__, type(m.__cause__).__name__, m.__context__)
    print(m.__notes__, r.__notes__, m.__notes__ is caught.__notes__)
    print(m.__suppress_context__, caught.__suppress_context__)
    m.add_note('only m')
    print(caught.__notes__, r.__notes__)

for bad in (3, [ValueError], (ValueError, 3), 'ValueError', int, len, print):
    try:
        eg.split(bad)
    except TypeError as e:
        print('TypeError:', e)
for args in ((), (ValueError, TypeError)):
    try:
        eg.subgroup(*args)
    except TypeError as e:
        print('TypeError:', e)
