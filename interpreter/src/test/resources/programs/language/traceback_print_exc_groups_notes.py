# Pins down: traceback.print_exc / format_exception output (to stdout) for chained causes and
# contexts, __suppress_context__, notes added with add_note (and non-str notes), ExceptionGroup
# trees printed with their boxes and nesting, exceptions raised from except* handlers, and
# __traceback__ edits (with_traceback, tb_next cut) changing what is printed.
import sys
import traceback

def section(title):
    print(f'=== {title}')

def fail(kind):
    if kind == 'key':
        return {}['missing']
    if kind == 'zero':
        return 1 / 0
    raise ValueError(kind)

section('cause and context')
try:
    try:
        fail('key')
    except KeyError as e:
        raise RuntimeError('while loading') from e
except RuntimeError:
    traceback.print_exc(file=sys.stdout)

section('implicit context then suppressed')
try:
    try:
        fail('zero')
    except ZeroDivisionError:
        err = LookupError('no context shown')
        err.__suppress_context__ = True
        raise err
except LookupError:
    traceback.print_exc(file=sys.stdout)
    print('context kept:', type(sys.exc_info()[1].__context__).__name__)

section('notes')
try:
    e = TypeError('bad type')
    e.add_note('first note')
    e.add_note('second\nnote with newline')
    e.__notes__.append(42)
    raise e
except TypeError:
    traceback.print_exc(file=sys.stdout)
try:
    ValueError().add_note(5)
except TypeError as e:
    print('add_note TypeError', e)
e = ValueError('x')
e.__notes__ = 'not a list'
print(''.join(traceback.format_exception_only(type(e), e)), end='')
e.__notes__ = ('tuple', 'of', 'notes')
print(''.join(traceback.format_exception_only(type(e), e)), end='')

section('exception group tree')
def make_group():
    excs = []
    for kind in ('key', 'zero', 'plain'):
        try:
            fail(kind)
        except Exception as ex:
            excs.append(ex)
    inner = ExceptionGroup('inner', excs[1:])
    inner.add_note('inner note')
    return ExceptionGroup('outer', [excs[0], inner])
try:
    raise make_group()
except ExceptionGroup:
    traceback.print_exc(file=sys.stdout)

section('raise inside except*')
try:
    try:
        raise make_group()
    except* KeyError:
        raise NameError('from handler')
except BaseException as be:
    print(type(be).__name__, repr(be)[:60])
    traceback.print_exception(be, file=sys.stdout)

section('with_traceback and tb_next edits')
def a():
    b()
def b():
    c()
def c():
    raise OSError(2, 'No such thing', 'file.txt')
try:
    a()
except OSError as ex:
    tb = ex.__traceback__
    depth = 0
    t = tb
    while t:
        depth += 1
        t = t.tb_next
    print('depth', depth, 'errno', ex.errno, 'filename', ex.filename, str(ex))
    tb.tb_next = tb.tb_next.tb_next
    traceback.print_exception(ex, file=sys.stdout)
    ex2 = ex.with_traceback(None)
    print('same object', ex2 is ex)
    traceback.print_exception(ex, file=sys.stdout)
try:
    tb.tb_next = tb
except ValueError as e:
    print('ValueError', e)
try:
    tb.tb_next = 'x'
except TypeError as e:
    print('TypeError', e)

section('limit and chain=False')
try:
    try:
        a()
    except OSError as ex:
        raise KeyError('outer') from ex
except KeyError as ex:
    traceback.print_exc(limit=1, file=sys.stdout)
    print('--- no chain')
    traceback.print_exception(ex, chain=False, file=sys.stdout)
    print('--- format_exc lines', len(traceback.format_exc().splitlines()))

section('cause set to None explicitly, context cycle')
try:
    try:
        fail('key')
    except KeyError:
        raise ValueError('no cause') from None
except ValueError as ex:
    print(ex.__cause__, ex.__suppress_context__, type(ex.__context__).__name__)
    traceback.print_exc(file=sys.stdout)
e1 = ValueError('e1')
e2 = TypeError('e2')
e1.__context__ = e2
e2.__context__ = e1
traceback.print_exception(e1, file=sys.stdout)
