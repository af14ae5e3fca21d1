# Exceptions as library code manipulates them: __cause__/__context__/__suppress_context__ set by
# raise-from and by hand, with_traceback replacing and trimming tracebacks (tb_next walking,
# tb_lineno, tb_frame.f_code.co_name), sys.exc_info inside finally and after a handler ends,
# exceptions re-raised bare keeping their traceback (and gaining a frame), implicit chaining
# cycles broken, exception args/str/repr for 0, 1 and many args, and the printed chains.
import sys, traceback

def level3():
    raise KeyError('deep')
def level2():
    level3()
def level1():
    try:
        level2()
    except KeyError as e:
        raise ValueError('wrapped') from e

def tb_names(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

try:
    level1()
except ValueError as e:
    print(tb_names(e.__traceback__))
    print(tb_names(e.__cause__.__traceback__))
    print(e.__context__ is e.__cause__, e.__suppress_context__)
    trimmed = e.with_traceback(e.__traceback__.tb_next)
    print(trimmed is e, tb_names(e.__traceback__))

def info_in_finally():
    try:
        try:
            raise OSError(2, 'nofile')
        finally:
            t, v, tb = sys.exc_info()
            print('finally sees', t.__name__, v.errno, v.strerror, v)
    except OSError:
        pass
    print('after handler', sys.exc_info())
info_in_finally()

def handler_state():
    try:
        raise IndexError('outer')
    except IndexError:
        try:
            raise TypeError('inner')
        except TypeError:
            print('inner sees', sys.exc_info()[1])
        print('back to', repr(sys.exc_info()[1]), repr(sys.exception()) if hasattr(sys, 'exception') else '')
handler_state()

def reraise():
    try:
        level3()
    except KeyError:
        raise
try:
    reraise()
except KeyError as e:
    print('bare raise', tb_names(e.__traceback__))

a = RuntimeError('a')
b = RuntimeError('b')
try:
    try:
        raise a
    except RuntimeError:
        try:
            raise b
        except RuntimeError:
            raise a
except RuntimeError as e:
    print(e is a, a.__context__ is b, b.__context__ is None)

for exc in (Exception(), Exception('one'), Exception('one', 2), Exception(None), KeyError('k'),
            KeyError(), OSError(13, 'denied', 'f.txt'), OSError(1, 2, 3, 4, 5), UnicodeError('x', 1),
            StopIteration(5), SystemExit(3), BaseExceptionGroup('g', [ValueError(1)])):
    print(repr(exc), '|', str(exc), '|', exc.args)

e1 = ValueError('manual')
e1.__cause__ = TypeError('cause')
print(e1.__suppress_context__)
e1.__context__ = KeyError('ctx')
try:
    e1.__cause__ = 'nope'
except TypeError as e:
    print('TypeError', e)
try:
    raise e1
except ValueError:
    text = traceback.format_exc()
print(text.replace(__file__, 'FILE'))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise AttributeError('quiet') from None
except AttributeError as e:
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'))
    print(e.__suppress_context__, type(e.__context__).__name__, e.__cause__)
try:
    raise ValueError from 5
except TypeError as e:
    print('TypeError', e)
try:
    raise 5
except TypeError as e:
    print('TypeError', e)
try:
    ValueError().with_traceback(5)
except TypeError as e:
    print('TypeError', e)
