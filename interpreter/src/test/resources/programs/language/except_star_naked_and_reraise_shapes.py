# Pins down: except* with a naked (non-group) exception (wrapped in an ExceptionGroup('', [e])
# for the handler, re-raised bare when unhandled), the shape of what leaves a try/except* when
# handlers re-raise (bare raise keeps the original group structure, raise e makes a new group),
# except* ordering over leaf types, split/subgroup with predicates, derive() on subclasses that
# don't override it, the messages of except* misuse (ExceptionGroup in except*), and
# BaseExceptionGroup vs ExceptionGroup selection by contents.
def leaves(eg, depth=0):
    pad = '  ' * depth
    if isinstance(eg, BaseExceptionGroup):
        print(f'{pad}{type(eg).__name__}({eg.message!r}) [{len(eg.exceptions)}]')
        for e in eg.exceptions:
            leaves(e, depth + 1)
    else:
        print(f'{pad}{type(eg).__name__}({eg})')

def run(label, body):
    print('---', label)
    try:
        body()
        print('no exception')
    except BaseException as e:
        leaves(e)

def naked_handled():
    try:
        raise ValueError('naked')
    except* ValueError as eg:
        print('handler sees:', type(eg).__name__, repr(eg.message), eg.exceptions)
run('naked handled', naked_handled)

def naked_unhandled():
    try:
        raise KeyError('k')
    except* ValueError:
        print('not reached')
run('naked unhandled passes through bare', naked_unhandled)

def naked_reraise():
    try:
        raise TypeError('t')
    except* TypeError:
        raise
run('naked bare re-raise', naked_reraise)

def group_partial():
    try:
        raise ExceptionGroup('top', [ValueError(1), ExceptionGroup('mid', [TypeError(2), ValueError(3)]), KeyError(4)])
    except* ValueError as eg:
        print('handler VE:')
        leaves(eg, 1)
    except* TypeError as eg:
        print('handler TE:')
        leaves(eg, 1)
        raise
run('partial with bare re-raise', group_partial)

def group_raise_new():
    try:
        raise ExceptionGroup('top', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        raise eg
    except* TypeError:
        raise RuntimeError('new')
run('raise eg and a new error', group_raise_new)

def group_all_handled_with_else():
    try:
        raise ExceptionGroup('top', [ValueError(1)])
    except* ValueError:
        print('handled')
    else:
        print('else (not reached)')
    finally:
        print('finally')
run('handled with finally', group_all_handled_with_else)

def base_group():
    try:
        raise BaseExceptionGroup('b', [KeyboardInterrupt(), ValueError(1)])
    except* ValueError:
        print('VE handled')
run('base group keeps KeyboardInterrupt', base_group)

def bad_handler_type():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
run('except* ExceptionGroup', bad_handler_type)

def bad_handler_tuple():
    try:
        raise ValueError(1)
    except* (ValueError, BaseExceptionGroup):
        pass
run('except* tuple with group type', bad_handler_tuple)

def bad_handler_nonclass():
    try:
        raise ValueError(1)
    except* 5:
        pass
run('except* non-class', bad_handler_nonclass)

for src in ['try:\n pass\nexcept* ValueError:\n pass\nexcept KeyError:\n pass\n',
            'try:\n pass\nexcept*:\n pass\n',
            'for x in y:\n try:\n  pass\n except* ValueError:\n  break\n',
            'def f():\n try:\n  pass\n except* ValueError:\n  return 1\n']:
    try:
        compile(src, '<s>', 'exec')
        print('compiles')
    except SyntaxError as e:
        print('SyntaxError', e.msg)

print('--- constructor selection and errors')
print(type(BaseExceptionGroup('m', [ValueError()])).__name__, type(BaseExceptionGroup('m', [KeyboardInterrupt()])).__name__)
for args in [('m', []), ('m', [1]), ('m', ValueError()), (1, [ValueError()]), ('m', [KeyboardInterrupt()])]:
    try:
        ExceptionGroup(*args)
        print('ok', args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print('--- split/subgroup with predicates and derive')
class MyGroup(ExceptionGroup):
    pass
eg = MyGroup('mine', [ValueError('a'), TypeError('b'), ExceptionGroup('n', [ValueError('c')])])
eg.add_note('note on mine')
match_, rest = eg.split(lambda e: isinstance(e, ValueError) and str(e) != 'c')
leaves(match_)
leaves(rest)
print(type(match_).__name__, getattr(match_, '__notes__', None), match_.__traceback__ is eg.__traceback__)
print(eg.subgroup(lambda e: False), eg.subgroup(lambda e: True) is eg, eg.split(ValueError)[0] is not None)
print(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == 'n').exceptions)
print(repr(eg.derive([KeyError('z')])), str(eg))
