# traceback: print_exc, format_exc, format_exception (chains, limit), format_exception_only,
# extract_tb/FrameSummary, format_tb, extract_stack/print_stack, all in CPython's layout.
import sys
import traceback


def inner(x):
    return 10 // x


def outer(x):
    return inner(x) + 1


try:
    outer(0)
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
    text = traceback.format_exc()
    print(text.count('\n'), text.splitlines()[-1])

try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('bad value') from e
except ValueError as e:
    err = e
parts = traceback.format_exception(err)
print(len(parts))
print(''.join(parts), end='')
print(traceback.format_exception_only(err))
print(traceback.format_exception_only(type(err), err))
print(traceback.format_exception(None))
print(''.join(traceback.format_exception(err, chain=False)), end='')
print(''.join(traceback.format_exception(type(err), err, err.__traceback__, limit=0)), end='')

try:
    outer(0)
except ZeroDivisionError as e:
    entries = traceback.extract_tb(e.__traceback__)
    for fs in entries:
        print(fs.name, fs.lineno, repr(fs.line), fs.filename == __file__)
    print(repr(entries[0])[:20], len(entries), list(entries[-1])[1:])
    print(traceback.format_tb(e.__traceback__, limit=1))
    print(traceback.format_list([('f.py', 3, 'fn', 'x = 1')]))
    traceback.print_exception(e, limit=-1, file=sys.stdout)
    traceback.print_tb(e.__traceback__, limit=2, file=sys.stdout)


def show_stack():
    traceback.print_stack(file=sys.stdout)
    return [(fs.name, fs.line) for fs in traceback.extract_stack()]


def caller():
    return show_stack()


print(caller())


class MyError(Exception):
    pass


try:
    raise MyError('custom')
except MyError as e:
    print(traceback.format_exception_only(e))
    e.add_note('a note')
    print(traceback.format_exception_only(e))
te = traceback.TracebackException.from_exception(err)
print(str(te), te.exc_type.__name__, len(te.stack), type(te.__cause__).__name__)
print(''.join(te.format_exception_only()), end='')


def rec(n):
    if n == 0:
        raise RuntimeError('deep')
    return rec(n - 1)


try:
    rec(10)
except RuntimeError as e:
    print(''.join(traceback.format_tb(e.__traceback__)), end='')
    print(len(traceback.format_tb(e.__traceback__)), traceback.format_tb(e.__traceback__, limit=-2))
    print(len(traceback.format_exception(e)), traceback.format_exception(e)[-2:])
traceback.print_exc()
print('done')
